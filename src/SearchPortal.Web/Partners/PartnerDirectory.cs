using SearchPortal.Core.Facets;
using SearchPortal.Web.Api;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace SearchPortal.Web.Partners;

/// <summary>
/// The configured partners, their filters read once into a typed scope, looked up by key or by origin, and the
/// resolution of a request's partner:
/// the Origin header first (the browser sets it and page script cannot remove it), else the
/// <c>partner</c> query parameter (the embed script and the iframe page pass it). Built once from the
/// validated options; singleton, immutable, thread-safe.
/// </summary>
public sealed class PartnerDirectory
{
    public const string QueryParameter = "partner";

    private readonly Dictionary<string, Partner> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Partner> _byOrigin = new(StringComparer.Ordinal);

    public PartnerDirectory(IOptions<PartnersOptions> options)
    {
        foreach (var (key, settings) in options.Value.Partners)
        {
            var origins = settings.Origins.Select(PartnerOrigin.Normalize).OfType<string>().Distinct().ToArray();
            var name = string.IsNullOrWhiteSpace(settings.Name) ? key : settings.Name.Trim();
            // The validator has refused filters that do not parse, so none is lost here.
            var partner = new Partner(key, name, origins, new FacetScope(name, FacetSelection.Parse(settings.Filters, out _)));
            _byKey[key] = partner;
            foreach (var origin in origins) _byOrigin[origin] = partner;
        }
        Origins = [.. _byOrigin.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every partner origin: the CORS allowlist.</summary>
    public IReadOnlyList<string> Origins { get; }

    public Partner? Find(string key) => _byKey.GetValueOrDefault(key.Trim());

    public Partner? FindByOrigin(string? origin) =>
        PartnerOrigin.Normalize(origin) is { } normalized ? _byOrigin.GetValueOrDefault(normalized) : null;

    /// <summary>
    /// The partner whose scope applies to <paramref name="request"/>, or null for an unscoped search. An unknown
    /// <c>partner</c> key, or one that names another partner than the Origin header, is added to
    /// <paramref name="errors"/> under "partner". Marks the response as varying by Origin.
    /// </summary>
    public Partner? Resolve(HttpRequest request, ParameterErrors errors)
    {
        var vary = request.HttpContext.Response.Headers.Vary;
        if (!vary.Any(v => v is not null && v.Contains(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase)))
        {
            request.HttpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        }

        var byOrigin = FindByOrigin(request.Headers.Origin);
        var key = request.Query[QueryParameter].ToString().Trim();
        if (key.Length == 0) return byOrigin;
        if (Find(key) is not { } named)
        {
            errors.Add(QueryParameter, "param.partnerUnknown", SearchQueryBinder.Truncate(key));
            return null;
        }
        if (byOrigin is not null && byOrigin != named)
        {
            errors.Add(QueryParameter, "param.partnerMismatch", named.Key, byOrigin.Key);
            return null;
        }
        return named;
    }

}
