using Microsoft.OpenApi;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Search;
using SearchPortal.Web.Exports;

namespace SearchPortal.Web.Api;

/// <summary>
/// Describes in the OpenAPI document the query parameters that endpoints read through <see cref="SearchQueryBinder"/>
/// (by hand, to report every bad parameter at once, so ASP.NET cannot infer them): the same names, one per facet
/// dimension of <see cref="FacetSchema"/> included, so a new dimension is documented with its parameter. Stateless.
/// </summary>
public static class SearchParametersOpenApi
{
    private static readonly Dictionary<string, string> DimensionDescriptions = new(StringComparer.Ordinal)
    {
        ["region"] = "Region path, e.g. Peru/Loreto; a level also selects the places below it.",
        ["year"] = "Publication year, or a range such as 2010..2015, 2010.. or ..2015.",
        ["crime"] = "Crime type, e.g. Illegal mining.",
        ["group"] = "Criminal group, e.g. Tren de Aragua.",
        ["outlet"] = "Outlet name.",
        ["language"] = "Article language: en, es or pt.",
    };

    /// <summary>Adds the search parameters to the endpoint's operation, but those in <paramref name="except"/>.</summary>
    public static TBuilder WithSearchParameters<TBuilder>(this TBuilder builder, params string[] except) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in Search().Where(p => !except.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
            {
                operation.Parameters.Add(parameter);
            }
            return Task.CompletedTask;
        });

    /// <summary>Adds one more query parameter the endpoint reads by hand.</summary>
    public static TBuilder WithQueryParameter<TBuilder>(this TBuilder builder, string name, string description, JsonSchemaType type,
        bool required = false) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Parameter(name, description, type, required: required));
            return Task.CompletedTask;
        });

    private static IEnumerable<OpenApiParameter> Search()
    {
        yield return Parameter("q", $"The query: words (all required), \"phrases\", OR, -exclusion, prefix*, title:, author: and outlet:. Empty lists every article, newest first. At most {SearchLimits.MaxQueryLength:N0} characters.", JsonSchemaType.String);
        foreach (var dimension in FacetSchema.All)
        {
            var description = DimensionDescriptions.GetValueOrDefault(dimension.Name, $"A value of the {dimension.Name} facet.");
            yield return Parameter(dimension.Parameter, description + " Repeatable: values of one dimension are ORed, dimensions ANDed.", JsonSchemaType.String, repeated: true);
        }
        yield return Parameter("yearFrom", "First publication year (inclusive).", JsonSchemaType.Integer);
        yield return Parameter("yearTo", "Last publication year (inclusive).", JsonSchemaType.Integer);
        yield return Parameter(SearchQueryBinder.MatchParameter, "about (the default): region, crime and group filters and counts use what articles are about; mentions: every value they mention, their focus included.", JsonSchemaType.String);
        yield return Parameter("sort", "relevance (the default with a query), newest (the default without one) or oldest.", JsonSchemaType.String);
        yield return Parameter("page", "Page number, from 1.", JsonSchemaType.Integer);
        yield return Parameter("size", $"Hits per page, 1 to {SearchLimits.MaxPageSize}; page × size at most {SearchLimits.MaxResultDepth:N0}.", JsonSchemaType.Integer);
        yield return Parameter("expand", "Also search crime concepts through their terms in the other languages (default true); the response's addedTerms lists them.", JsonSchemaType.Boolean);
        yield return Parameter("exclude", $"An added concept term not to search (as addedTerms spells it; case and accents ignored). Repeatable, at most {SearchLimits.MaxExcludedTerms}.", JsonSchemaType.String, repeated: true);
        yield return Parameter(SearchQueryBinder.CorrectParameter, "Answer a misspelled query with its correction when that finds at least ten times more articles (default true); false searches the query as typed.", JsonSchemaType.Boolean);
        yield return Parameter(PinnedVersion.Parameter, "Index generation to answer from (410 once the index no longer keeps it).", JsonSchemaType.Integer);
    }

    private static OpenApiParameter Parameter(string name, string description, JsonSchemaType type, bool repeated = false, bool required = false) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Required = required,
        Schema = repeated
            ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = type } }
            : new OpenApiSchema { Type = type },
    };
}
