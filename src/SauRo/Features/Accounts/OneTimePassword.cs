using System.Security.Cryptography;

namespace SauRo.Features.Accounts;

/// <summary>
/// The passwords given to a new or reset account: shown once to whoever created it, never stored in clear nor logged.
/// 12 characters without look-alikes (no 0/O, 1/l/I), with at least one digit and one lower-case letter, so that they
/// pass the password rules (10 characters, a digit, a lower-case letter).
/// </summary>
public static class OneTimePassword
{
    public const int Length = 12;

    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string All = Lower + Upper + Digits;

    public static string New()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = All[RandomNumberGenerator.GetInt32(All.Length)];
        }

        var digitAt = RandomNumberGenerator.GetInt32(Length);
        var lowerAt = (digitAt + 1 + RandomNumberGenerator.GetInt32(Length - 1)) % Length;
        chars[digitAt] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[lowerAt] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        return new string(chars);
    }
}
