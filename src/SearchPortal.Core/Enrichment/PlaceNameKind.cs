namespace SearchPortal.Core.Enrichment;

/// <summary>How a name refers to a place.</summary>
internal enum PlaceNameKind
{
    /// <summary>The place's own name, or a name of the same place in another language.</summary>
    Place,

    /// <summary>A curated alias: a town, district, zone or spelling mapped to a path; preferred over same-named places of its country.</summary>
    Alias,

    /// <summary>A demonym ("Venezuelan", "venezolanas"): evidence of the country, matched in any case.</summary>
    Demonym,

    /// <summary>A longer name that contains a place name but is not a place ("José de San Martín"): it yields nothing.</summary>
    Blocker,

    /// <summary>A well-known place of the same name outside the region ("Valencia", "Florida"): the name needs evidence.</summary>
    Abroad,

    /// <summary>A country outside the region ("Spain"): "Valencia, Spain" is not Venezuela.</summary>
    AbroadCountry,
}
