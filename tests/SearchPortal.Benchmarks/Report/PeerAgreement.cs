using System.Globalization;
using SearchPortal.Benchmarks.Engines;

namespace SearchPortal.Benchmarks.Report;

/// <summary>
/// Whether a peer answered every mix query like the portal: the same total, and the same facet listing in every
/// dimension (the values the portal lists, with their counts, in its order). Top-10 overlap is shown for context
/// only: the engines' BM25 differ in length-norm encoding, and browsing ties on a date break by doc id, which the
/// two indexes assign differently.
/// </summary>
internal sealed record PeerAgreement(string Peer, int Queries, int TotalsAgree, int FacetsAgree, double AverageTopOverlap, IReadOnlyList<string> Mismatches)
{
    public static PeerAgreement? Compare(BenchResults results, string peer)
    {
        if (results.Engine("portal")?.Answers is not { } portal || results.Engine(peer)?.Answers is not { } other || portal.Count != other.Count) return null;
        var mismatches = new List<string>();
        int totals = 0, facets = 0;
        var overlaps = new List<double>();
        for (var i = 0; i < portal.Count; i++)
        {
            var query = results.Queries[i];
            var (p, o) = (portal[i], other[i]);
            var label = $"{query.Class} `{query.Describe()}`";
            if (p.Total == o.Total) totals++;
            else mismatches.Add($"{label}: total portal {p.Total:N0}, {peer} {o.Total:N0}");
            var differences = p.Facets.Keys.Union(o.Facets.Keys).Order(StringComparer.Ordinal)
                .Select(d => Difference(d, p.Facets.GetValueOrDefault(d) ?? [], o.Facets.GetValueOrDefault(d) ?? [], peer))
                .OfType<string>().ToArray();
            if (differences.Length == 0) facets++;
            else mismatches.AddRange(differences.Select(d => $"{label}: {d}"));
            if (p.HitIds.Count > 0 && o.HitIds.Count > 0)
            {
                overlaps.Add(p.HitIds.Intersect(o.HitIds).Count() / (double)Math.Min(p.HitIds.Count, o.HitIds.Count));
            }
        }
        return new PeerAgreement(peer, portal.Count, totals, facets, overlaps.DefaultIfEmpty(1).Average(), mismatches);
    }

    private static string? Difference(string dimension, IReadOnlyList<string> portal, IReadOnlyList<string> peer, string peerName)
    {
        var at = 0;
        while (at < portal.Count && at < peer.Count && portal[at] == peer[at]) at++;
        if (at == portal.Count && at == peer.Count) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"facet {dimension} differs at entry {at + 1}: portal `{portal.ElementAtOrDefault(at) ?? "(end)"}` ({portal.Count} listed), {peerName} `{peer.ElementAtOrDefault(at) ?? "(end)"}` ({peer.Count} listed)");
    }
}
