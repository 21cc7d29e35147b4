using SearchPortal.Web.Api;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Web.Exports;

/// <summary>
/// The <c>v</c> parameter: the index commit generation a permalink, search or export is pinned to.
/// While the index keeps that commit (the last <see cref="KeepRecentBuildsDeletionPolicy.DefaultBuilds"/>
/// builds), the same URL gives the same result set; once it is gone the API answers 410 Gone and the
/// search page shows the current results with a notice. Stateless and thread-safe.
/// </summary>
public static class PinnedVersion
{
    public const string Parameter = "v";

    /// <summary>The pinned generation, or null when the URL pins none; a malformed value is reported in <paramref name="errors"/>.</summary>
    public static long? Bind(IQueryCollection query, ParameterErrors errors)
    {
        var raw = query[Parameter].ToString();
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var generation) && generation > 0) return generation;
        errors.Add(Parameter, "param.version", SearchQueryBinder.Truncate(raw));
        return null;
    }

    /// <summary>The snapshot at <paramref name="generation"/>, or the current one with <paramref name="gone"/> set when that commit is no longer kept.</summary>
    public static IndexSnapshot OpenOrCurrent(IndexSnapshots snapshots, long? generation, out bool gone)
    {
        var pinned = snapshots.Open(generation);
        gone = pinned is null;
        return pinned ?? snapshots.Current();
    }

    /// <summary>410 Gone: the pinned commit was deleted by later builds.</summary>
    public static ProblemHttpResult Gone(long generation, IndexSnapshots snapshots)
    {
        using var current = snapshots.Current();
        var now = current.Version.Generation;
        return TypedResults.Problem(
            title: "Index version no longer available",
            detail: $"The index no longer holds generation {generation}: it keeps the last {KeepRecentBuildsDeletionPolicy.DefaultBuilds} builds. " +
                    $"The current generation is {now}; repeat the request without v, or with v={now}, to get the current results.",
            statusCode: StatusCodes.Status410Gone,
            extensions: new Dictionary<string, object?> { ["generation"] = generation, ["currentGeneration"] = now });
    }
}
