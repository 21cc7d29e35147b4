package bench;

import java.util.List;
import java.util.Map;

/** What one search returned: total hits, the top-10 ids, how many of them got a body snippet, the facet dimensions counted and their values. */
final class SearchResult {
  final int total;
  final List<String> hitIds;
  final int hitsWithSnippets;
  final int facetDimensions;
  final Map<String, Map<String, Integer>> facets;

  SearchResult(int total, List<String> hitIds, int hitsWithSnippets, int facetDimensions, Map<String, Map<String, Integer>> facets) {
    this.total = total;
    this.hitIds = hitIds;
    this.hitsWithSnippets = hitsWithSnippets;
    this.facetDimensions = facetDimensions;
    this.facets = facets;
  }
}
