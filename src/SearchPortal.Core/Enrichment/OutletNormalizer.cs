
using System.Text;
using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Canonical outlet names from the embedded <c>outlets.csv</c> ("insightcrime.org", "Insight Crime" →
/// "InSight Crime"), so the outlet facet does not split one outlet into spellings, and the country of a national
/// outlet (evidence for place names). Keys ignore case, accents, spaces and punctuation. The tables are loaded
/// once; thread-safe.
/// </summary>
public static class OutletNormalizer
{
    private static readonly Lazy<Dictionary<string, string>> Aliases = new(Load);

    private static readonly Lazy<Dictionary<string, string>> Countries = new(() =>
        EmbeddedData.ReadRows("Enrichment/Data/outlets.csv", ';', hasHeader: true)
            .Where(row => row.Length > 2 && row[2].Trim().Length > 0)
            .ToDictionary(row => row[0].Trim(), row => row[2].Trim(), StringComparer.Ordinal));

    /// <summary>The canonical name of a known outlet (name, alias, URL or host); unknown names come back trimmed; null or blank gives null.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var trimmed = raw.Trim();
        return FindKnown(trimmed) ?? trimmed;
    }

    /// <summary>The country of a canonical outlet that covers one country (its national press), or null.</summary>
    public static string? CountryOf(string? outlet) => outlet is null ? null : Countries.Value.GetValueOrDefault(outlet);

    /// <summary>The canonical outlet of a URL's host, or null when the host is not a known outlet.</summary>
    public static string? FromUrl(string? url) =>
        string.IsNullOrWhiteSpace(url) ? null : FindKnown(url.Trim());

    private static string? FindKnown(string value)
    {
        if (Aliases.Value.TryGetValue(CompactKey(value), out var outlet)) return outlet;
        var host = HostOf(value);
        while (host is not null)
        {
            if (Aliases.Value.TryGetValue(CompactKey(host), out outlet)) return outlet;
            var dot = host.IndexOf('.');
            host = dot > 0 && host.IndexOf('.', dot + 1) > 0 ? host[(dot + 1)..] : null;
        }
        return null;
    }

    private static string? HostOf(string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return uri.Host;
        if (value.Contains(' ') || !value.Contains('.')) return null;
        var slash = value.IndexOf('/');
        return slash < 0 ? value : value[..slash];
    }

    /// <summary>Folded letters and digits only: "Diálogo Américas" and "dialogo-americas" both give "dialogoamericas".</summary>
    private static string CompactKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(Folding.Fold(c));
        }
        return builder.ToString();
    }

    private static Dictionary<string, string> Load()
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadRows("Enrichment/Data/outlets.csv", ';', hasHeader: true))
        {
            var outlet = row[0].Trim();
            foreach (var alias in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(outlet))
            {
                var key = CompactKey(alias);
                if (aliases.TryGetValue(key, out var existing) && existing != outlet)
                    throw new InvalidDataException($"Outlet alias '{alias}' maps to both '{existing}' and '{outlet}'.");
                aliases[key] = outlet;
            }
        }
        return aliases;
    }
}
