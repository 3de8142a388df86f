# Definitions are transparent (issue 20): a claim written with define'd functions gets the verdict of its
# inline form. Before, the sums with p(k)^2 and k*p(k) were UNDECIDED and the wrong identity went
# unflagged. Values: Sum k^(-2 alpha) = Zeta(2 alpha) and Sum k^(1 - alpha) = Zeta(alpha - 1) (definition of
# zeta); the tail Sum_{k > N} k^(-s) ~ N^(1-s)/(s - 1) (integral comparison); the missing mass: the
# paper's Theorem 5.1 (eq. (16)).
# expect square_as_defined PROVED
# expect square_inline PROVED
# expect square_wrong REFUTED
# expect first_moment_as_defined PROVED
# expect first_moment_wrong REFUTED
# expect square_tail_as_defined PROVED
# expect square_tail_wrong REFUTED
# expect missing_mass_inline PROVED
# expect missing_mass_inline_wrong REFUTED
derivation definitions_transparent "Claims with defined functions and their inline forms"
assume alpha > 1
assume Z > 0
define p(k) := k^(-alpha)/Z

claim square_as_defined "Sum p(k)^2 = Zeta(2 alpha)/Z^2":
    Sum(p(k)^2, {k, 1, Infinity}) == Zeta(2*alpha)/Z^2

claim square_inline "The same, inline":
    Sum((k^(-alpha)/Z)^2, {k, 1, Infinity}) == Zeta(2*alpha)/Z^2

# wrong: Z^2 in the denominator, not Z
claim square_wrong "Sum p(k)^2 = Zeta(2 alpha)/Z (wrong)":
    Sum(p(k)^2, {k, 1, Infinity}) == Zeta(2*alpha)/Z

claim first_moment_as_defined "Sum k p(k) = Zeta(alpha - 1)/Z at alpha = 3":
    Sum(k*p(k), {k, 1, Infinity}) == Zeta(alpha - 1)/Z
    where alpha = 3

# wrong: Zeta(alpha + 1) for the first moment
claim first_moment_wrong "Sum k p(k) = Zeta(alpha + 1)/Z at alpha = 3 (wrong)":
    Sum(k*p(k), {k, 1, Infinity}) == Zeta(alpha + 1)/Z
    where alpha = 3

claim square_tail_as_defined "Sum_{k > N} p(k)^2 ~ N^(1 - 2 alpha)/((2 alpha - 1) Z^2)":
    Sum(p(k)^2, {k, N + 1, Infinity}) ~ N^(1 - 2*alpha)/((2*alpha - 1)*Z^2) as N -> Infinity

# wrong: 2 alpha for 2 alpha - 1
claim square_tail_wrong "Sum_{k > N} p(k)^2 ~ N^(1 - 2 alpha)/(2 alpha Z^2) (wrong)":
    Sum(p(k)^2, {k, N + 1, Infinity}) ~ N^(1 - 2*alpha)/(2*alpha*Z^2) as N -> Infinity

claim missing_mass_inline "Theorem 5.1 with the weight k^(-alpha)/Zeta(alpha) written inline":
    Sum(k^(-alpha)/Zeta(alpha)*(1 - k^(-alpha)/Zeta(alpha))^D, {k, 1, Infinity}) ~ 1/alpha*Zeta(alpha)^(-1/alpha)*Gamma(1 - 1/alpha)*D^(-(alpha - 1)/alpha) as D -> Infinity

# wrong: the exponent of D halved
claim missing_mass_inline_wrong "Theorem 5.1 inline with D^(-(alpha - 1)/(2 alpha)) (wrong)":
    Sum(k^(-alpha)/Zeta(alpha)*(1 - k^(-alpha)/Zeta(alpha))^D, {k, 1, Infinity}) ~ 1/alpha*Zeta(alpha)^(-1/alpha)*Gamma(1 - 1/alpha)*D^(-(alpha - 1)/(2*alpha)) as D -> Infinity
