using SearchPortal.Core.Messages;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Api;

/// <summary>
/// The bad parameters of one request, each with its reason as a <see cref="UserMessage"/>, in the order found: the API
/// answers them in English as a ProblemDetails <c>errors</c> object, pages word them in the reader's language (and may
/// take some out to show beside their field). One instance per request; not thread-safe.
/// </summary>
public sealed class ParameterErrors
{
    private readonly List<(string Parameter, UserMessage Reason)> _errors = [];

    public int Count => _errors.Count;

    public IReadOnlyList<(string Parameter, UserMessage Reason)> All => _errors;

    public void Add(string parameter, UserMessage reason) => _errors.Add((parameter, reason));

    /// <summary>Adds a message of the portal's own (keyed in ui-text.json under <c>msg.</c>).</summary>
    public void Add(string parameter, string key, params object[] values) => Add(parameter, UserMessage.Of(key, values));

    public bool Contains(string parameter) => _errors.Any(e => string.Equals(e.Parameter, parameter, StringComparison.OrdinalIgnoreCase));

    /// <summary>Takes out the reasons given for <paramref name="parameter"/>, in order.</summary>
    public IReadOnlyList<UserMessage> Remove(string parameter)
    {
        var taken = _errors.Where(e => string.Equals(e.Parameter, parameter, StringComparison.OrdinalIgnoreCase)).Select(e => e.Reason).ToList();
        _errors.RemoveAll(e => string.Equals(e.Parameter, parameter, StringComparison.OrdinalIgnoreCase));
        return taken;
    }

    /// <summary>The reasons per parameter, worded by <paramref name="text"/>, as ProblemDetails' <c>errors</c> holds them.</summary>
    public Dictionary<string, string[]> ToDictionary(UiText text) =>
        _errors.GroupBy(e => e.Parameter, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => text.Render(e.Reason)).ToArray(), StringComparer.Ordinal);
}
