namespace SearchPortal.Core.Evaluation;

/// <summary>One test query: the topic id as it appears in the qrels and the text that is searched. Immutable.</summary>
public sealed record EvalTopic(string Id, string Text);
