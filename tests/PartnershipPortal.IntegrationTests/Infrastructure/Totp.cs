using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace PartnershipPortal.IntegrationTests.Infrastructure;

/// <summary>
/// What an authenticator app computes (RFC 6238 with its defaults: HMAC-SHA1 over the count of 30-second steps
/// since 1970, 6 digits), written here independently of Identity so that the tests check the portal against it.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static long StepAt(DateTimeOffset moment) => moment.ToUnixTimeSeconds() / 30;

    public static string Code(string base32Key, long step) => Code(Base32Decode(base32Key), step, digits: 6);

    public static string Code(byte[] key, long step, int digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238's default, and what authenticator apps use; not a choice of ours.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % (int)Math.Pow(10, digits)).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>Base32 (RFC 4648) as keys are shown: spaces and lower case allowed, no padding needed.</summary>
    public static byte[] Base32Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a Base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xff));
            }
        }

        return [.. bytes];
    }
}
