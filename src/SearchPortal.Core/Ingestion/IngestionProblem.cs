namespace SearchPortal.Core.Ingestion;

/// <summary>An input that was skipped, with the file (and line, for JSONL/CSV) and the reason.</summary>
public sealed record IngestionProblem(string File, string Reason, int? Line = null)
{
    public override string ToString() => Line is null ? $"{File}: {Reason}" : $"{File}:{Line}: {Reason}";
}
