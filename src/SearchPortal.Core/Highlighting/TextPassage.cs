namespace SearchPortal.Core.Highlighting;

/// <summary>
/// A span [<see cref="Start"/>, <see cref="End"/>) of the stored text: a sentence, or a window of a
/// sentence too long to show whole. <see cref="CutBefore"/>/<see cref="CutAfter"/> say that the span
/// starts or ends inside a sentence, so a snippet made from it needs an ellipsis there.
/// </summary>
internal readonly record struct TextPassage(int Start, int End, bool StartsParagraph, bool CutBefore, bool CutAfter)
{
    public int Length => End - Start;
}
