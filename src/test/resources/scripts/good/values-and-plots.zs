# Demo of the value and plot statements (issue 8): Chinchilla's compute-optimal allocation under C = 6 N D
# with Hoffmann et al.'s Approach 3 constants. ValuesAndPlotsTest checks the value against a numerical
# minimisation of the loss along C = 6 N D.
# expect budget PROVED
# expect tpp_h3_1e21 CHECKED
# expect tpp_h3_1e21_wrong_range REFUTED
derivation chinchilla_demo "Chinchilla tokens per parameter (value and plot demo)"
cite "Hoffmann et al. (2022), Approach 3"
notation Nopt "N_{\mathrm{opt}}"
notation Dopt "D_{\mathrm{opt}}"
assume alpha > 0
assume beta > 0
assume A > 0
assume B > 0
assume C > 0
define G := (alpha*A/(beta*B))^(1/(alpha + beta))
define Nopt := G*(C/6)^(beta/(alpha + beta))
define Dopt := (C/6)^(alpha/(alpha + beta))/G

claim budget "The allocation spends the budget C = 6 N D":
    6*Nopt*Dopt == C

value tpp_h3_1e21 "Tokens per parameter, Hoffmann et al. Approach 3, C = 1e21 FLOP":
    Dopt/Nopt
    where C = 1e21, E = 1.69, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3"
    cite "C: chosen budget"
    expect in [40, 60]

value tpp_h3_1e21_wrong_range "The same, wrongly expected near 20 (a check that fails)":
    Dopt/Nopt
    where C = 1e21, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    expect in [15, 25]

plot isoflop "Loss against model size at fixed compute (IsoFLOP curves)":
    E + A*N^(-alpha) + B*(C/(6*N))^(-beta)
    for N in [1e7, 1e12] log
    series C = 1e19, 1e21, 1e23
    where E = 1.69, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    axis "N (parameters)" "loss L(N, C/(6N))"
    cite "Hoffmann et al. (2022), Approach 3"
