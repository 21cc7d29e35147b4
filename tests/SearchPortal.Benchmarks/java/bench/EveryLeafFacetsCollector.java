package bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * A collector's matching documents with an empty entry for every segment it did not see. Lucene 8.8.1's
 * SortedSetDocValuesFacetCounts maps segment ordinals to global ones only when it is given more than one segment:
 * a drill-sideways collector that saw a single segment (the base query matched in one) gets its counts under the
 * wrong labels. Given every segment of the reader, the counter always maps.
 */
final class EveryLeafFacetsCollector extends FacetsCollector {
  private static final DocIdSet EMPTY = new DocIdSet() {
    @Override
    public DocIdSetIterator iterator() {
      return DocIdSetIterator.empty();
    }

    @Override
    public long ramBytesUsed() {
      return 0;
    }
  };

  private final List<MatchingDocs> matching;

  EveryLeafFacetsCollector(FacetsCollector seen, List<LeafReaderContext> leaves) {
    Map<Integer, MatchingDocs> byLeaf = new HashMap<>();
    for (MatchingDocs docs : seen.getMatchingDocs()) byLeaf.put(docs.context.ord, docs);
    matching = new ArrayList<>(leaves.size());
    for (LeafReaderContext leaf : leaves) matching.add(byLeaf.getOrDefault(leaf.ord, new MatchingDocs(leaf, EMPTY, 0, null)));
  }

  @Override
  public List<MatchingDocs> getMatchingDocs() {
    return matching;
  }
}
