namespace SearchPortal.Core.Highlighting;

/// <summary>
/// A planned snippet: the selected passages [<see cref="FocusStart"/>, <see cref="FocusEnd"/>) and
/// the range [<see cref="Start"/>, <see cref="End"/>) a window around them may use, which is wider
/// when the focus is a window of a long sentence (so the match can be centred in its sentence).
/// </summary>
internal readonly record struct SnippetSpan(int Start, int End, int FocusStart, int FocusEnd, bool CutBefore, bool CutAfter)
{
    public int Length => End - Start;
}
