namespace PiCluster.Lab.Simulator.Disks;

/// <summary>util-linux's size_to_human_string with one-letter suffixes: binary units, one rounded decimal unless it is zero.</summary>
public static class SizeText
{
    const string Letters = "BKMGTPE";

    public static string Human(long bytes)
    {
        var exp = 0;
        while (exp < 60 && (ulong)bytes >= 1UL << (exp + 10))
            exp += 10;

        var whole = (ulong)bytes >> exp;
        var fraction = exp == 0 ? 0 : (ulong)bytes & ((1UL << exp) - 1);
        var digit = 0UL;
        if (fraction > 0)
        {
            // util-linux keeps the fraction in 1/1024ths and rounds it by hundreds, so .95 and up carries over.
            digit = ((fraction >> (exp - 10)) + 50) / 100;
            if (digit == 10)
            {
                whole++;
                digit = 0;
            }
        }

        var letter = Letters[exp / 10];
        return digit == 0 ? $"{whole}{letter}" : $"{whole}.{digit}{letter}";
    }
}
