package bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Lucene's DrillSideways over sorted-set doc-values facets, counting each collector over every segment of the
 * reader (see {@link EveryLeafFacetsCollector}); otherwise exactly DrillSideways.buildFacetsResult.
 */
final class EveryLeafDrillSideways extends DrillSideways {
  private final List<LeafReaderContext> leaves;

  EveryLeafDrillSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
    super(searcher, config, state);
    this.leaves = searcher.getIndexReader().leaves();
  }

  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims) throws IOException {
    Facets drillDownFacets = new SortedSetDocValuesFacetCounts(state, new EveryLeafFacetsCollector(drillDowns, leaves));
    if (drillSideways == null || drillSideways.length == 0) return drillDownFacets;
    Map<String, Facets> sideways = new HashMap<>();
    for (int i = 0; i < drillSideways.length; i++) {
      sideways.put(drillSidewaysDims[i], new SortedSetDocValuesFacetCounts(state, new EveryLeafFacetsCollector(drillSideways[i], leaves)));
    }
    return new MultiFacets(sideways, drillDownFacets);
  }
}
