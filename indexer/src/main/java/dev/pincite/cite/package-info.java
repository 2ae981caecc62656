/**
 * Citations of claims: formatting a claim in the styles people paste ({@link
 * dev.pincite.cite.CitationFormatter}, APA and Chicago through citeproc-java and the official CSL
 * styles), deep links into the original page ({@link dev.pincite.cite.TextFragment}), and checking
 * the citations of a Markdown memo after a reindex ({@link dev.pincite.cite.MemoChecker}), with
 * suggestions for ids that changed ({@link dev.pincite.index.ClosestClaim}) and a refreshable
 * reference list ({@link dev.pincite.cite.ReferenceList}). Claims are found through {@link
 * dev.pincite.search.ClaimLookup}: the index, or a running server ({@link
 * dev.pincite.cite.HttpClaimLookup}).
 */
package dev.pincite.cite;
