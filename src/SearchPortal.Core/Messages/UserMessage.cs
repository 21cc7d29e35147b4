namespace SearchPortal.Core.Messages;

/// <summary>
/// Something the reader of a search is told (a notice, a refused parameter, an unknown filter value) as data: the
/// message's key and its values. Core never words a message for a page: the portal renders it in the reader's
/// language from the key, and <see cref="Text"/> is the English wording the CLI and the API print
/// (<see cref="EnglishMessages"/>). A value that is itself a <see cref="UserMessage"/> is rendered the same way, in
/// the same language. Immutable, therefore thread-safe.
/// </summary>
public sealed class UserMessage
{
    private UserMessage(string key, object[] values)
    {
        Key = key;
        Values = values;
    }

    /// <summary>Names the message, e.g. "query.repaired"; the page's localisation tables are keyed by it.</summary>
    public string Key { get; }

    /// <summary>The values the wording places, in order: text, numbers, facet dimensions or other messages.</summary>
    public IReadOnlyList<object> Values { get; }

    /// <summary>The English wording.</summary>
    public string Text => EnglishMessages.Format(this);

    public static UserMessage Of(string key, params object[] values) => new(key, values);

    public override string ToString() => Text;
}
