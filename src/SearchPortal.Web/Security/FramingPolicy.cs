namespace SearchPortal.Web.Security;

/// <summary>
/// Request feature set by a page that may be framed, naming the origins allowed to frame it
/// (CSP <c>frame-ancestors</c>). Without it a response refuses all framing. Immutable.
/// </summary>
public sealed record FramingPolicy(IReadOnlyList<string> Ancestors);
