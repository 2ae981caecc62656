from mk import *
F = 'readers-editor-juice-audit.html'
NO='Nathaniel Oyelu'; TW='Tobias Wrenfield'; FD='Fenella Drax'; DA='Delphine Acheson'
BD='Brightcask Drinks'; MO='Marrowdene Orchards'; VB='Verdance Organic Standards Board'
dsl = f'''
[p1] Brightcask Drinks has asked me to correct or withdraw a story we published on 3 October, which reported that one of its apple suppliers had failed two organic audits this year. || @ | {BD} | ev | 0
The story, by our food reporter Fenella Drax, ran on the business pages and was widely shared. || @ | | cx | 0
I have read the complaint, the reporter’s notes and the audit documents, and this is my finding. || @ | | cx | 0

## The complaint

[w1] In a letter to the editor, Brightcask’s general counsel, Tobias Wrenfield, argued that the story was “misleading in its central claim”. || {TW} | {BD} | cc | 0 | p1
[w2] The supplier, Marrowdene Orchards, failed one audit, not two, he wrote, and the second inspection was a routine follow-up that it passed. || {TW} | {MO} | ev | 0
[w3] He also objected to the headline, which in his view implied that Brightcask itself had sold juice falsely labelled as organic. || {TW} | {BD} | cl | 0
“No bottle of ours has ever contained fruit that was not certified at the time of pressing,” the letter said. || {TW} | | cl | +
“The story leaves readers believing the opposite.” || {TW} | | cl | 0
Wrenfield asked for the story to be taken down and for an apology on the front page. || {TW} | | re | 0

## The reporter’s case

Drax stands by the story. || {FD} | | cc | 0 | w1
[d1] In her account, the Verdance Organic Standards Board recorded two failures at Marrowdene: one in March for pesticide residue and one in June for missing paperwork. || {FD} | {MO}, {VB} | ev | -
She pointed to the board’s public register, where both entries still appear. || {FD} | {VB} | ev | 0
Drax also noted that Brightcask’s own website described Marrowdene as its “lead organic partner” until the week after the story ran. || {FD} | {BD}, {MO} | ev | 0
The board told me that the June entry was an “administrative non-conformity” and that Marrowdene’s certificate was never suspended. || {VB} | {MO} | cc | + | d1
Drax’s notes show that she asked Brightcask for comment two days before publication. || {FD} | {BD} | ev | 0
The company replied after the deadline, and its reply was added to the online version that evening. || @ | {BD} | ev | 0

## Other views

I asked Professor Delphine Acheson, who teaches media law at Harrowfield University, whether the headline crossed a line. || @ | Harrowfield University | cx | 0
[a1] In her view, it did not, because it named the supplier and not the brand. || {DA} | | cc | 0 | w3
“A reader who gets past the first line knows exactly who failed the audit,” she said. || {DA} | | cl | 0
Not every reader was so sure. || @ | | cc | 0 | a1
Of the 41 readers who wrote to me about the story, 17 said they had assumed Brightcask was at fault, and several said they had stopped buying its juice. || @ | {BD} | ev | -
One of them, Kasia Morrow of Eldham, wrote that she had “poured two cartons down the sink” before reading the full article. || Kasia Morrow | | ev | 0

## My finding

[f1] The story was accurate in its central fact: the register records two failed audits. || @ | | cc | 0 | w2
But it should have said that the second failure concerned paperwork, not residue, and that the certificate was never suspended. || @ | | cc | 0 | f1
The headline, too, was unfair to Brightcask, whose name appeared in it while the supplier’s did not. || @ | {BD} | cl | 0
Readers are entitled to expect headlines that match what the story can show. || @ | | cl | 0
We have amended both the story and the headline, and a clarification will run in Saturday’s print edition. || @ | | ev | 0
I do not agree with Brightcask that the story should be withdrawn. || @ | {BD} | cc | 0 | w1
Brightcask would do better, in my view, to print on its cartons which orchards its apples come from, so that readers can check for themselves. || @ | {BD} | re | 0
A Brightcask spokeswoman said the company welcomed the amendments and would consider the suggestion. || {BD} | {BD} | ev | 0
'''
def render(b):
    return f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Did we get the juice story wrong? | The Westmarch Chronicle</title>
  <meta property="og:site_name" content="The Westmarch Chronicle">
  <link rel="stylesheet" href="/static/css/chronicle.css">
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">The Westmarch Chronicle</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/opinion">Opinion</a></li>
        <li><a href="/readers-editor">Readers&rsquo; editor</a></li>
        <li><a class="btn-subscribe" href="/subscribe">Subscribe</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article class="column">
      <p class="kicker">The readers&rsquo; editor</p>
      <h1>Did we get the juice story wrong?</h1>
      <p class="standfirst">A drinks maker says our report on its supplier was misleading. Here is what I found.</p>
      <div class="byline">By <a href="/profile/nathaniel-oyelu">Nathaniel Oyelu</a>, Readers&rsquo; Editor</div>
      <time datetime="2026-11-28">Sat 28 Nov 2026</time>
      <ul class="share">
        <li><a href="https://x.example/share?u=/readers-editor/juice">Share on X</a></li>
        <li><a href="https://facebook.example/sharer?u=/readers-editor/juice">Facebook</a></li>
        <li><a href="mailto:?subject=Did%20we%20get%20the%20juice%20story%20wrong%3F">Email</a></li>
      </ul>
      <div class="article-body">
{html_body(b)}
      </div>
    </article>
    <aside class="related">
      <h3>Related</h3>
      <ul>
        <li><a href="/business/juice-supplier-audits">Brightcask supplier failed organic audits, register shows</a></li>
        <li><a href="/readers-editor/photo-captions">When a caption gets it wrong</a></li>
        <li><a href="/readers-editor/anonymous-sources">Why we use anonymous sources, and when we don&rsquo;t</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>To contact the readers&rsquo; editor, email readers@westmarch-chronicle.example</p>
    <p>&copy; 2026 The Westmarch Chronicle Ltd. All rights reserved.</p>
    <p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/complaints">Complaints</a></p>
  </footer>
</body>
</html>
'''
build(F, NO, dsl, render)
