package no.sammen.spc;

/**
 * The bias-correction constants of xbar and s charts for a subgroup of n measurements, computed
 * rather than looked up so that any subgroup size works: c4 = sqrt(2/(n−1)) Γ(n/2)/Γ((n−1)/2),
 * c5 = sqrt(1 − c4²), A3 = 3/(c4 √n), B3 = max(0, 1 − 3 c5/c4), B4 = 1 + 3 c5/c4. Undefined (NaN)
 * for n ≤ 1.
 */
final class ControlConstants {

    private ControlConstants() {
    }

    static double c4(int n) {
        if (n <= 1) {
            return Double.NaN;
        }
        // Γ(k/2)/Γ((k−1)/2) from Γ(1)/Γ(1/2) = 1/√π by Γ(a+1) = a Γ(a): ratio(k+1) = ((k−1)/2) / ratio(k).
        double ratio = 1 / Math.sqrt(Math.PI);
        for (int k = 2; k < n; k++) {
            ratio = ((k - 1) / 2.0) / ratio;
        }
        return Math.sqrt(2.0 / (n - 1)) * ratio;
    }

    static double a3(int n) {
        return 3 / (c4(n) * Math.sqrt(n));
    }

    static double b3(int n) {
        double c4 = c4(n);
        return Math.max(0, 1 - 3 * Math.sqrt(1 - c4 * c4) / c4);
    }

    static double b4(int n) {
        double c4 = c4(n);
        return 1 + 3 * Math.sqrt(1 - c4 * c4) / c4;
    }
}
