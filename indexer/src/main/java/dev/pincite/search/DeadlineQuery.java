package dev.pincite.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterDocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query that matches and scores exactly as the query it wraps, and checks its {@link
 * SearchDeadline} every {@link #CHECK_INTERVAL} documents it steps over, so that a search over its
 * budget stops with a {@link SearchTimeoutException} wherever it is (hits, drill-sideways counts,
 * timeline), and before and after building each segment's scorer (where a wildcard's or regular
 * expression's matching terms are gathered). Within one segment's scorer building it is not
 * interrupted; that work is bounded by the segment's dictionary and the parser's limits.
 */
final class DeadlineQuery extends Query {

  /** Documents stepped over between two looks at the clock. */
  static final int CHECK_INTERVAL = 512;

  private final Query in;
  private final SearchDeadline deadline;

  DeadlineQuery(Query in, SearchDeadline deadline) {
    this.in = Objects.requireNonNull(in);
    this.deadline = deadline;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? this : new DeadlineQuery(rewritten, deadline);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = searcher.createWeight(in, scoreMode, boost);
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        // Also between segments: a wildcard's terms are gathered per segment when its scorer is
        // built, before any document is stepped over.
        deadline.check();
        ScorerSupplier supplier = in.scorerSupplier(context);
        return supplier == null ? null : new Supplier(supplier);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return in.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && in.equals(((DeadlineQuery) other).in)
        && deadline == ((DeadlineQuery) other).deadline;
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + in.hashCode();
  }

  private final class Supplier extends ScorerSupplier {
    private final ScorerSupplier in;

    Supplier(ScorerSupplier in) {
      this.in = in;
    }

    @Override
    public Scorer get(long leadCost) throws IOException {
      deadline.check();
      Scorer scorer = in.get(leadCost);
      deadline.check();
      return new Checked(scorer);
    }

    @Override
    public long cost() {
      return in.cost();
    }

    @Override
    public void setTopLevelScoringClause() throws IOException {
      in.setTopLevelScoringClause();
    }
  }

  /** The wrapped scorer with its iterator (and two-phase approximation) counting steps. */
  private final class Checked extends Scorer {
    private final Scorer in;
    private final DocIdSetIterator iterator;
    private final TwoPhaseIterator twoPhase;
    private int steps;

    Checked(Scorer in) {
      this.in = in;
      TwoPhaseIterator inner = in.twoPhaseIterator();
      if (inner == null) {
        twoPhase = null;
        iterator = counting(in.iterator());
      } else {
        DocIdSetIterator approximation = counting(inner.approximation());
        twoPhase =
            new TwoPhaseIterator(approximation) {
              @Override
              public boolean matches() throws IOException {
                return inner.matches();
              }

              @Override
              public float matchCost() {
                return inner.matchCost();
              }
            };
        iterator = TwoPhaseIterator.asDocIdSetIterator(twoPhase);
      }
    }

    private DocIdSetIterator counting(DocIdSetIterator it) {
      return new FilterDocIdSetIterator(it) {
        @Override
        public int nextDoc() throws IOException {
          step();
          return in.nextDoc();
        }

        @Override
        public int advance(int target) throws IOException {
          step();
          return in.advance(target);
        }
      };
    }

    private void step() {
      if (++steps == CHECK_INTERVAL) {
        steps = 0;
        deadline.check();
      }
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float score() throws IOException {
      return in.score();
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(minScore);
    }

    @Override
    public Collection<ChildScorable> getChildren() throws IOException {
      return in.getChildren();
    }
  }
}
