using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// A request parameter outside <see cref="SearchLimits"/>, named as the API and CLI spell it, with the reason (as data
/// for pages, <see cref="Message"/> in English).
/// </summary>
public sealed record LimitProblem(string Parameter, UserMessage Reason)
{
    public string Message => Reason.Text;
}
