namespace SearchPortal.Core.Enrichment;

/// <summary>
/// A name the region tagger looks for, the places it stands for (several for "VRAEM", none for a blocker or a
/// place abroad), how it refers to them and what it needs as evidence. The population is the prior used between
/// places of the same name (a town's own population even when it resolves to its Peruvian province). Immutable.
/// </summary>
internal sealed record PlaceName(string Name, PlaceNameKind Kind, IReadOnlyList<GazetteerPlace> Places, PlaceRisk Risk, long Population)
{
    /// <summary>True for a national capital: preferred over a same-named division ("Santo Domingo").</summary>
    public bool IsCapital { get; init; }

    /// <summary>A town of the GeoNames list (not a division, a Peruvian province or a curated alias).</summary>
    public bool IsTown { get; init; }

    /// <summary>A town under 100,000 people that is no capital: too obscure to stand alone as evidence of its country.</summary>
    public bool IsMinorTown => IsTown && !IsCapital && Population < 100_000;

    public IEnumerable<string> Countries => Places.Select(p => p.Country).Distinct();

    /// <summary>The single place this name resolves to, or null when it names several (an alias such as "VRAEM").</summary>
    public GazetteerPlace? Place => Places.Count == 1 ? Places[0] : null;

    public PlaceLevel Level => Places.Count == 0 ? PlaceLevel.Country : Places.Max(p => p.Level);
}
