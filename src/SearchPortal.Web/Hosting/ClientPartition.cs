using System.Net;
using System.Net.Sockets;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// The key that tells clients apart for rate limits and admin-key throttling: the remote IP address as the
/// connection reports it, or as trusted forwarded headers resolved it (see <see cref="ProxyHeaders"/>; untrusted
/// X-Forwarded-For is never read). An IPv6 client is keyed by its /64 network, since one host usually holds a
/// whole /64 and could otherwise take a fresh address per request. Stateless and thread-safe.
/// </summary>
public static class ClientPartition
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null) return Unknown;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
