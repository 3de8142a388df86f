# Harmonic sums (issue 14, item 2): Sum(lambda(k) g(mu(k) x), {k, L, Infinity}) as x grows or as t = 1/n
# shrinks, checked by the Mellin rule (asymptotic.HarmonicSums: the transform g*(s) c Zeta(b s - a), its
# fundamental strip, the poles on the correct side, each step with its source) and the general-sum numeric
# witness (numerics.GeneralSums, the Zipf kernel engine for the paper's forms).
# Sources: Flajolet-Gourdon-Dumas, "Mellin transforms and asymptotics: harmonic sums", Theoret. Comput.
# Sci. 144 (1995) 3-58 (FGD): Theorem 1 (harmonic sum rule), Theorem 4 (converse mapping), Section 4;
# DLMF 5.2.1 (poles of Gamma), 5.9.1, 25.2.1, 25.6.1 (Zeta(0) = -1/2), 25.11.1 (Hurwitz zeta), 4.36.3.
# Each claim's comment gives the expected value: the transform, the pole that decides, the residue
# (our own derivation by FGD's Theorem 4 unless a DLMF equation is named).
# Every t.. is true, every w.. a wrong variant of the t.. with the same number.
# expect t01 PROVED
# expect w01 REFUTED
# expect t02 PROVED
# expect w02 REFUTED
# expect t03 PROVED
# expect w03 REFUTED
# expect t04 PROVED
# expect w04 REFUTED
# expect t05 PROVED
# expect w05 REFUTED
# expect t06 PROVED
# expect w06 REFUTED
# expect t07 PROVED
# expect w07 REFUTED
# expect t08 PROVED
# expect w08 REFUTED
# expect t09 PROVED
# expect w09 REFUTED
# expect t10 PROVED
# expect w10 REFUTED
# expect t11 PROVED
# expect w11 REFUTED
# expect t12 PROVED
# expect w12 REFUTED
# expect t13 PROVED
# expect w13 REFUTED
# expect t14 PROVED
# expect w14 REFUTED
# expect t15 PROVED
# expect w15 REFUTED
# expect t16 PROVED
# expect w16 REFUTED
# expect t17 PROVED
# expect w17 REFUTED
# expect t18 PROVED
# expect w18 REFUTED
derivation harmonic_sums "Harmonic sums by the Mellin method (issue 14)"

assume n > 0
assume x > 0
assume D > 0
assume a >= -1/2
assume a <= 2
assume s >= 5/4
assume s <= 3/2
assume alpha >= 3/2
assume alpha <= 3

define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z

# FGD Section 4 (power weights, exponential kernel): M(w) = Gamma(w) Zeta(w - a), strip w > a + 1;
# the zeta pole w = a + 1 gives Gamma(a + 1) n^(a + 1).
claim t01 "FGD 1995, Section 4: sum of k^a exp(-k/n)":
    Sum(k^a*Exp(-k/n), {k, 1, Infinity}) ~ Gamma(a + 1)*n^(a + 1) as n -> Infinity
claim w01:
    Sum(k^a*Exp(-k/n), {k, 1, Infinity}) ~ 2*Gamma(a + 1)*n^(a + 1) as n -> Infinity
# a = 1: Gamma(w) Zeta(w - 1), pole at w = 2, residue Gamma(2) = 1: n^2.
claim t02 "FGD 1995, Section 4: sum of k exp(-k/n)":
    Sum(k*Exp(-k/n), {k, 1, Infinity}) ~ n^2 as n -> Infinity
claim w02:
    Sum(k*Exp(-k/n), {k, 1, Infinity}) ~ n^3 as n -> Infinity
# theta-type sum: u = k^2/n, M(w) = Gamma(w) Zeta(2 w), zeta pole w = 1/2 with coefficient Gamma(1/2)/|b| =
# sqrt(pi)/2 (Jacobi's theta transformation, DLMF 20.7.32, gives (sqrt(pi n) - 1)/2 + exponentially small).
claim t03 "FGD 1995, Section 4; DLMF 20.7.32: the theta sum":
    Sum(Exp(-k^2/n), {k, 1, Infinity}) ~ (Pi*n)^(1/2)/2 as n -> Infinity
claim w03:
    Sum(Exp(-k^2/n), {k, 1, Infinity}) ~ (Pi*n)^(1/2) as n -> Infinity
# kernel 1 - exp(-u), M = -Gamma(w) on (-1, 0); mu_k = k^-2, so Zeta(-2 w), strip -1 < w < -1/2; x -> inf takes
# minus the residues on the right: the zeta pole w = -1/2 gives -Gamma(-1/2)/2 x^(1/2) = sqrt(pi) x^(1/2).
claim t04 "FGD 1995, Theorem 4: sum of 1 - exp(-x/k^2)":
    Sum(1 - Exp(-x/k^2), {k, 1, Infinity}) ~ (Pi*x)^(1/2) as x -> Infinity
claim w04:
    Sum(1 - Exp(-x/k^2), {k, 1, Infinity}) ~ (Pi*x)^(1/2)/2 as x -> Infinity
# the next pole on the right, w = 0 (residue -1 of -Gamma): minus it is Zeta(0) = -1/2 (DLMF 25.6.1).
claim t05 "FGD 1995, Theorem 4; DLMF 25.6.1: its constant term":
    Sum(1 - Exp(-x/k^2), {k, 1, Infinity}) - (Pi*x)^(1/2) ~ -1/2 as x -> Infinity
claim w05:
    Sum(1 - Exp(-x/k^2), {k, 1, Infinity}) - (Pi*x)^(1/2) ~ 1/2 as x -> Infinity
# convergent to a constant: Gamma(w) Zeta(w + s), strip w > 1 - s; poles w = 0 (Zeta(s)) then w = 1 - s in
# (-1, 0): Gamma(1 - s) n^(1 - s), the next term.
claim t06 "FGD 1995, Section 4: sum of k^(-s) exp(-k/n) - Zeta(s), 1 < s < 2":
    Sum(k^(-s)*Exp(-k/n), {k, 1, Infinity}) - Zeta(s) ~ Gamma(1 - s)*n^(1 - s) as n -> Infinity
claim w06:
    Sum(k^(-s)*Exp(-k/n), {k, 1, Infinity}) - Zeta(s) ~ -Gamma(1 - s)*n^(s - 1) as n -> Infinity
# -Gamma(w) Zeta(w + 2) on (-1, 0): Gamma's pole at -1 meets the zeta pole: a double pole 1/(w + 1)^2, whose
# residue against n^w is n^(-1) Log(n).
claim t07 "FGD 1995, Theorem 4 (double pole): sum of k^(-2) (1 - exp(-k/n))":
    Sum(k^(-2)*(1 - Exp(-k/n)), {k, 1, Infinity}) ~ Log(n)/n as n -> Infinity
claim w07:
    Sum(k^(-2)*(1 - Exp(-k/n)), {k, 1, Infinity}) ~ 1/n as n -> Infinity
# log weight: Gamma(w) (-Zeta'(w)), a double pole at w = 1: n Log(n) (1 + O(1/Log n)).
claim t08 "FGD 1995, Section 4: sum of Log(k) exp(-k/n)":
    Sum(Log(k)*Exp(-k/n), {k, 1, Infinity}) ~ n*Log(n) as n -> Infinity
claim w08:
    Sum(Log(k)*Exp(-k/n), {k, 1, Infinity}) ~ n as n -> Infinity
# Zipf weight squared (a moment of the unseen mass): lambda = Z^-2 k^(-2 alpha), mu = k^(-alpha), t = D/Z;
# Gamma(w) Z^-2 Zeta(2 alpha - alpha w), zeta pole w0 = 2 - 1/alpha on the right: Z^-2 Gamma(w0)/alpha (D/Z)^(-w0).
claim t09 "FGD 1995, Theorem 4: second moment of the unseen mass":
    Sum(p(k)^2*Exp(-D*p(k)), {k, 1, Infinity}) ~ Z^(-1/alpha)*Gamma(2 - 1/alpha)/alpha*D^(1/alpha - 2) as D -> Infinity
claim w09:
    Sum(p(k)^2*Exp(-D*p(k)), {k, 1, Infinity}) ~ Z^(-1/alpha)*Gamma(2 - 1/alpha)/alpha*D^(1/alpha - 1) as D -> Infinity
# cube: w0 = 3 - 1/alpha.
claim t10 "FGD 1995, Theorem 4: third moment of the unseen mass":
    Sum(p(k)^3*Exp(-D*p(k)), {k, 1, Infinity}) ~ Z^(-1/alpha)*Gamma(3 - 1/alpha)/alpha*D^(1/alpha - 3) as D -> Infinity
claim w10:
    Sum(p(k)^3*Exp(-D*p(k)), {k, 1, Infinity}) ~ Z^(-1/alpha)*Gamma(3 - 1/alpha)*D^(1/alpha - 3) as D -> Infinity
# Gamma(w) Zeta(w + 2): poles w = 0 (Zeta(2)) and the double pole at w = -1 (Gamma's residue -1 meets the
# zeta pole): -Log(n)/n. Check: d/dt sum k^-2 e^(-k t) = Log(1 - e^-t) ~ Log t, so the sum is Zeta(2) + t Log t - t.
claim t11 "FGD 1995, Theorem 4: sum of k^(-2) exp(-k/n) - Zeta(2)":
    Sum(k^(-2)*Exp(-k/n), {k, 1, Infinity}) - Zeta(2) ~ -Log(n)/n as n -> Infinity
claim w11:
    Sum(k^(-2)*Exp(-k/n), {k, 1, Infinity}) - Zeta(2) ~ Log(n)/n as n -> Infinity
# kernel 1/(1 + u), M = Pi/Sin(Pi w) on (0, 1); mu = k^2: Zeta(2 w), zeta pole w = 1/2: (Pi/2) n^(1/2).
# DLMF 4.36.3 (sum 1/(k^2 + y^2) = (pi y coth(pi y) - 1)/(2 y^2)) gives the same with y^2 = n.
claim t12 "FGD 1995, Section 4; DLMF 4.36.3: sum of 1/(1 + k^2/n)":
    Sum(1/(1 + k^2/n), {k, 1, Infinity}) ~ Pi*n^(1/2)/2 as n -> Infinity
claim w12:
    Sum(1/(1 + k^2/n), {k, 1, Infinity}) ~ Pi*n^(1/2) as n -> Infinity
# kernel exp(-u) (1 + u), M = Gamma(w) + Gamma(w + 1) = Gamma(w + 2)/w; zeta pole w = 1: Gamma(3) n = 2 n.
claim t13 "FGD 1995, Section 4: the kernel exp(-u)(1 + u)":
    Sum(Exp(-k/n)*(1 + k/n), {k, 1, Infinity}) ~ 2*n as n -> Infinity
claim w13:
    Sum(Exp(-k/n)*(1 + k/n), {k, 1, Infinity}) ~ n as n -> Infinity
# log-weighted Zipf sum: lambda = Z^-1 k^(-alpha) Log k, b = -alpha, m = 1; a pole of order 2 at w0 = 1 - 1/alpha:
# Z^-1 Gamma(w0) |b|^-2 (D/Z)^(-w0) Log(D): Z^(-1/alpha) Gamma(1 - 1/alpha)/alpha^2 D^(1/alpha - 1) Log(D).
claim t14 "FGD 1995, Theorem 4: a log-weighted Zipf sum":
    Sum(p(k)*Log(k)*Exp(-D*p(k)), {k, 1, Infinity}) ~ Z^(-1/alpha)*Gamma(1 - 1/alpha)/alpha^2*D^(1/alpha - 1)*Log(D) as D -> Infinity
claim w14:
    Sum(p(k)*Log(k)*Exp(-D*p(k)), {k, 1, Infinity}) ~ Z^(-1/alpha)*Gamma(1 - 1/alpha)/alpha^2*D^(1/alpha - 1) as D -> Infinity
# the Zipf sum that tends to a constant: kernel 1 - exp(-u), -Gamma(w) Z^-1 Zeta(alpha - alpha w) on (-1, 0);
# right poles: w = 0 gives Z^-1 Zeta(alpha) = 1, then the zeta pole w0 = 1 - 1/alpha gives
# -Z^(-1/alpha) Gamma(1 - 1/alpha)/alpha D^(1/alpha - 1) (the paper's unseen mass, eq. (29), with the sign).
claim t15 "FGD 1995, Theorem 4: the seen mass tends to 1":
    1 - Sum(p(k)*(1 - Exp(-D*p(k))), {k, 1, Infinity}) ~ Z^(-1/alpha)*Gamma(1 - 1/alpha)/alpha*D^(1/alpha - 1) as D -> Infinity
claim w15:
    1 - Sum(p(k)*(1 - Exp(-D*p(k))), {k, 1, Infinity}) ~ Z^(-1/alpha)*Gamma(1 - 1/alpha)/alpha*D^(-1/alpha) as D -> Infinity
# a first index 2: Hurwitz zeta (DLMF 25.11.1), Gamma(w) Zeta(w + s, 2); the zeta pole's residue is the same.
claim t16 "FGD 1995, Section 4; DLMF 25.11.1: from k = 2":
    Sum(k^(-s)*Exp(-k/n), {k, 2, Infinity}) - Zeta(s, 2) ~ Gamma(1 - s)*n^(1 - s) as n -> Infinity
claim w16:
    Sum(k^(-s)*Exp(-k/n), {k, 2, Infinity}) - Zeta(s) ~ Gamma(1 - s)*n^(1 - s) as n -> Infinity
# the order alone (asymp), from the zeta pole of t01.
claim t17 "FGD 1995, Section 4: the order of sum k^a exp(-k/n)":
    Sum(k^a*Exp(-k/n), {k, 1, Infinity}) asymp n^(a + 1) as n -> Infinity
claim w17:
    Sum(k^a*Exp(-k/n), {k, 1, Infinity}) asymp n^(a + 2) as n -> Infinity
# =O from the theta sum's zeta pole (t03): order n^(1/2).
claim t18 "FGD 1995, Section 4: the theta sum is O(n^(1/2))":
    Sum(Exp(-k^2/n), {k, 1, Infinity}) =O n^(1/2) as n -> Infinity
claim w18:
    Sum(Exp(-k^2/n), {k, 1, Infinity}) =O n^(1/3) as n -> Infinity
