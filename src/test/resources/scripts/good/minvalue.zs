# The minimal value of a loss, MinValue(f, N) = f(ArgMin(f, N)) (issue 20 item 2: "and the minimal value";
# Mathematica's MinValue, since Min(a, b) keeps its meaning, the smaller of two values). Sources: Hoffmann
# et al. (2022), eq. (4) and Approach 3 (the compute-optimal frontier L_opt - E = K_F (C/6)^(-alpha beta /
# (alpha + beta)), K_F = (alpha + beta) (A/beta)^(beta/(alpha+beta)) (B/alpha)^(alpha/(alpha+beta)), derived by
# substituting N_opt = G (C/6)^(beta/(alpha+beta)) into A N^-alpha + B D^-beta); Sardana et al. (2024), eq. (1)
# (a fixed inference budget I: D = C/(6N) - I/3, whose frontier tends to Chinchilla's as C grows).
# expect frontier PROVED
# expect frontier_wrong_exponent REFUTED
# expect frontier_wrong_constant REFUTED
# expect frontier_inference PROVED
derivation minvalue "The minimal value of a loss, MinValue(f, N)"
cite "Hoffmann et al. (2022), eq. (4); Sardana et al. (2024), eq. (1)"
notation Kf "K_{\mathrm{F}}"
assume 1/10 < alpha < 1
assume 1/10 < beta < 1
assume 1 < A < 1000
assume 1 < B < 1000
assume 0 < I < 1
assume C > 0

define Kf := (alpha + beta)*(A/beta)^(beta/(alpha + beta))*(B/alpha)^(alpha/(alpha + beta))

claim frontier "Hoffmann et al. (2022): min over N of A N^-alpha + B (C/(6N))^-beta = K_F (C/6)^(-alpha beta/(alpha + beta))":
    MinValue(A*N^(-alpha) + B*(C/(6*N))^(-beta), N) ~ Kf*(C/6)^(-alpha*beta/(alpha + beta)) as C -> Infinity

claim frontier_wrong_exponent "wrong exponent: -alpha beta":
    MinValue(A*N^(-alpha) + B*(C/(6*N))^(-beta), N) ~ Kf*(C/6)^(-alpha*beta) as C -> Infinity

claim frontier_wrong_constant "wrong constant: K_F without its factor alpha + beta":
    MinValue(A*N^(-alpha) + B*(C/(6*N))^(-beta), N) ~ Kf/(alpha + beta)*(C/6)^(-alpha*beta/(alpha + beta)) as C -> Infinity

claim frontier_inference "Sardana et al. (2024): with a fixed inference budget the frontier still ~ Chinchilla's":
    MinValue(A*N^(-alpha) + B*(C/(6*N) - I/3)^(-beta), N) ~ Kf*(C/6)^(-alpha*beta/(alpha + beta)) as C -> Infinity
