# Gamma values whose arguments differ by whole numbers: the recurrence Gamma(u + 1) = u Gamma(u) lets
# Symja see Remark 5.1's constant; wrong versions stay REFUTED.
# expect remark_constant_m2 PROVED
# expect remark_constant_m4 PROVED
# expect remark_constant_wrong REFUTED
# expect off_by_one_factor REFUTED
derivation gamma_recurrence "The Gamma recurrence in identities"

assume alpha > 1
define s := (alpha - 1)/alpha

claim remark_constant_m2:
    Gamma(1 - 1/alpha) + Gamma(2 - 1/alpha) == Gamma(s + 2)/s

claim remark_constant_m4:
    Gamma(1 - 1/alpha) + Gamma(2 - 1/alpha) + Gamma(3 - 1/alpha)/2 + Gamma(4 - 1/alpha)/6 == Gamma(s + 4)/(6*s)

claim remark_constant_wrong:
    Gamma(1 - 1/alpha) + Gamma(2 - 1/alpha) == Gamma(s + 2)

claim off_by_one_factor:
    Gamma(s + 3) == s*(s + 1)*Gamma(s)
