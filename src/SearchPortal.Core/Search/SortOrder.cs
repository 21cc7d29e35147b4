namespace SearchPortal.Core.Search;

/// <summary>Result order. Relevance is the default for a query; an empty query lists newest first.</summary>
public enum SortOrder
{
    Relevance,
    Newest,
    Oldest,
}
