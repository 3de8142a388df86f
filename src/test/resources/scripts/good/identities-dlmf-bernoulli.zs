# Identities decided by exact expansion (expr.PolynomialForm), without Symja: DLMF 24.4.1
# (B_n(x+1) - B_n(x) = n x^(n-1)) on the Bernoulli polynomials of DLMF Table 24.2.2; the wrong variant
# changes one constant (-1/20 for -1/30) and differs by exactly 1/60 at every x.
# expect b3_difference PROVED
# expect b4_difference PROVED
# expect b4_wrong REFUTED
derivation bernoulli "DLMF 24.4.1 on the polynomials of Table 24.2.2"
assume x > 0
claim b3_difference "B_3(x+1) - B_3(x) = 3 x^2 (DLMF 24.4.1, B_3 from Table 24.2.2)":
    ((x + 1)^3 - 3/2*(x + 1)^2 + 1/2*(x + 1)) - (x^3 - 3/2*x^2 + 1/2*x) == 3*x^2
claim b4_difference "B_4(x+1) - B_4(x) = 4 x^3 (DLMF 24.4.1, B_4 from Table 24.2.2)":
    ((x + 1)^4 - 2*(x + 1)^3 + (x + 1)^2 - 1/30) - (x^4 - 2*x^3 + x^2 - 1/30) == 4*x^3
claim b4_wrong "a wrong constant: B_4 with -1/20 on one side":
    ((x + 1)^4 - 2*(x + 1)^3 + (x + 1)^2 - 1/20) - (x^4 - 2*x^3 + x^2 - 1/30) == 4*x^3
