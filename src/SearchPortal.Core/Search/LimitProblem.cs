namespace SearchPortal.Core.Search;

/// <summary>A request parameter outside <see cref="SearchLimits"/>, named as the API and CLI spell it, with the reason.</summary>
public sealed record LimitProblem(string Parameter, string Message);
