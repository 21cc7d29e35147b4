using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Facets;

namespace SearchPortal.Web.Partners;

/// <summary>
/// Refuses partner configuration the portal could not enforce: malformed keys, origins that are not
/// <c>scheme://host[:port]</c>, an origin listed under two partners (its requests would have two scopes),
/// and filters the scope cannot compare (unknown dimension, no value, year ranges). Runs at start-up.
/// </summary>
public sealed partial class PartnersOptionsValidator : IValidateOptions<PartnersOptions>
{
    public ValidateOptionsResult Validate(string? name, PartnersOptions options)
    {
        var failures = new List<string>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, partner) in options.Partners)
        {
            var where = $"SearchPortal:Partners:{key}";
            if (!KeyPattern().IsMatch(key))
                failures.Add($"{where}: a partner key is 1-64 letters, digits, '-' or '_'.");
            foreach (var raw in partner.Origins)
            {
                if (PartnerOrigin.Normalize(raw) is not { } origin)
                    failures.Add($"{where}:Origins: '{raw}' is not an origin like https://example.org (no path, query or user).");
                else if (owners.TryGetValue(origin, out var owner) && !string.Equals(owner, key, StringComparison.OrdinalIgnoreCase))
                    failures.Add($"{where}:Origins: '{origin}' already belongs to partner '{owner}'.");
                else
                    owners[origin] = key;
            }
            foreach (var text in partner.Filters)
            {
                var filter = FacetSelection.Parse([text], out var errors);
                if (errors.Count > 0)
                    failures.Add($"{where}:Filters: '{text}' is not dimension=value with a known dimension.");
                else if (filter.Years is not null)
                    failures.Add($"{where}:Filters: '{text}' is a year range; list single years instead.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex KeyPattern();
}
