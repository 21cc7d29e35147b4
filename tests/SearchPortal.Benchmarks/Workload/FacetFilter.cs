using System.Globalization;

namespace SearchPortal.Benchmarks.Workload;

/// <summary>One facet filter: a dimension (region, year, crime, outlet, language) and an indexed value.</summary>
internal sealed record FacetFilter(string Dimension, string Value)
{
    /// <summary>The portal's "dim=value" form.</summary>
    public override string ToString() => $"{Dimension}={Value}";

    /// <summary>The web API's query parameter: the language dimension is "lang" in URLs.</summary>
    public string UrlParameter => Dimension == "language" ? "lang" : Dimension;

    /// <summary>The value as the peers' SQL parameters take it: the year column is an integer, every other column text.</summary>
    public object SqlValue => Dimension == "year" ? int.Parse(Value, CultureInfo.InvariantCulture) : Value;
}
