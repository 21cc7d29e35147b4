using Microsoft.Net.Http.Headers;
using SearchPortal.Core.Export;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Exports;

/// <summary>
/// The response of an export: provenance headers, media type and attachment file name, then the
/// records written straight to the response body as the hits are enumerated (the body is never
/// buffered whole). Owns the index snapshot the hits come from and releases it when the response ends,
/// however it ends, and with it the export slot (<see cref="ExportThrottle"/>) it runs in, when it has one. Single use.
/// </summary>
public sealed class StreamedExport(IndexSnapshot snapshot, ExportHeader header, IEnumerable<SearchHit> hits, string fileName,
    IDisposable? slot = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        try
        {
            var response = httpContext.Response;
            ProvenanceHeaders.Write(response, header);
            response.ContentType = ExportFormats.MediaType(header.Format);
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
            response.Headers.CacheControl = "no-store";
            await ResultExporter.WriteAsync(header, hits, response.Body, httpContext.RequestAborted);
        }
        finally
        {
            snapshot.Dispose();
            slot?.Dispose();
        }
    }
}
