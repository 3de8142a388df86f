# Sources nobody here had used (session 7 review): Apostol, Introduction to Analytic Number Theory (1976),
# Theorem 3.2(b); OEIS A073002 (-zeta'(2) = 0.93754825431584375370...). Decided by the expansion engine and the
# general-sum witnesses (power sums with a growing bound; the power-log sum at 40 digits).
# expect apostol_3_2b PROVED
# expect apostol_3_2b_wrong REFUTED
# expect minus_zeta_prime_2 CHECKED
# expect minus_zeta_prime_2_wrong REFUTED
derivation apostol_sums "Partial sums of k^-s and log k / k^2 (Apostol; OEIS A073002)"

# Apostol, Introduction to Analytic Number Theory (1976), Theorem 3.2(b) with s = 1/2:
# sum_{k <= x} k^(-1/2) = 2 sqrt(x) + zeta(1/2) + O(x^(-1/2)).
claim apostol_3_2b "the partial sums of k^(-1/2) grow like 2 sqrt(N)":
    Sum(k^(-1/2), {k, 1, N}) ~ 2*Sqrt(N) as N -> Infinity
    cite "Apostol (1976), Theorem 3.2(b)"

claim apostol_3_2b_wrong "the same with the constant 2 replaced by 1 (wrong)":
    Sum(k^(-1/2), {k, 1, N}) ~ Sqrt(N) as N -> Infinity

# OEIS A073002: -zeta'(2) = sum log(k)/k^2 = 0.93754825431584375370...
value minus_zeta_prime_2 "-zeta'(2) as the sum of log(k)/k^2":
    Sum(Log(k)/k^2, {k, 1, Infinity})
    cite "OEIS A073002"
    expect in [0.9375482543158437, 0.9375482543158438]

value minus_zeta_prime_2_wrong "the same, expected at pi^2/6 - 0.7 (wrong)":
    Sum(Log(k)/k^2, {k, 1, Infinity})
    expect in [0.94, 0.95]
