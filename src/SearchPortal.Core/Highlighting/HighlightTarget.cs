namespace SearchPortal.Core.Highlighting;

/// <summary>Which stored string the offsets of a field point into.</summary>
internal enum HighlightTarget
{
    Body,
    Title,
}
