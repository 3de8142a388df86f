# Identities whose sides cancel below 40 digits at some sampled points (2 Zeta(alpha + 1) - 2 is 0 at 40
# digits once alpha > 130). Such a point can neither refute nor support a claim: the true identity is
# UNDECIDED with that reason (never a false REFUTED from the lost digits), while a wrong one is still
# REFUTED at a point where nothing cancels, with honest values on both sides.
# expect zeta_minus_one UNDECIDED
# expect zeta_minus_one_wrong REFUTED
derivation cancellation_identities "Identities whose sides cancel below the working precision"
assume alpha > 1

claim zeta_minus_one:
    2*Zeta(alpha + 1) - 2 == 2*Zeta(alpha + 1, 2)

claim zeta_minus_one_wrong:
    2*Zeta(alpha + 1) - 2 == 3*Zeta(alpha + 1, 2)
