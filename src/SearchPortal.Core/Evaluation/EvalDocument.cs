namespace SearchPortal.Core.Evaluation;

/// <summary>
/// One document of a test collection. <see cref="Text"/> is the whole document as a single-field
/// model indexes it (title included); <see cref="Title"/>, when the source has one, repeats the part
/// of <see cref="Text"/> that a multi-field model may weigh separately. Immutable.
/// </summary>
public sealed record EvalDocument(string Id, string Text, string? Title = null);
