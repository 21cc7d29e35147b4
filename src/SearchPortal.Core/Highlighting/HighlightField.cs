namespace SearchPortal.Core.Highlighting;

/// <summary>
/// One highlighted index field of a prepared query and the ids of its query terms.
/// Filled while the query is prepared, read-only afterwards.
/// </summary>
internal sealed class HighlightField(string name, HighlightTarget target)
{
    public string Name { get; } = name;

    public HighlightTarget Target { get; } = target;

    public List<int> TermIds { get; } = [];
}
