# The fixed script of the values-and-plots golden-file test (RegeneratedLatexGoldenTest, issue 8): a value
# with inputs, sources and an expected range, one without, a value that cannot be evaluated, a plot with a
# series on a log x axis between two claims, and a log-log plot with dropped points and a hostile label.
derivation emergence_golden "Emergence as p^L (values and plots golden file)"
cite "Schaeffer et al. (2023)"
notation Nhalf "N_{1/2}"
assume A > 0
assume alpha > 0
assume L >= 1
define Nhalf := (A/(1 - 2^(-1/L)))^(1/alpha)

value n_half_20 "Model size at which P = 1/2 for L = 20":
    Nhalf
    where A = 10, alpha = 0.5, L = 20
    cite "A, alpha: illustrative"
    cite "L: number of steps"
    expect in [8e4, 9e4]

claim p_at_n_half "P = 1/2 at N_half":
    (1 - A*Nhalf^(-alpha))^L == 1/2

plot emergence_curves "Task success P = p^L against model size":
    (1 - A*N^(-alpha))^L
    for N in [1e3, 1e12] log
    series L = 1, 5, 20, 50
    where A = 10, alpha = 0.5
    axis "N (parameters)" "P(task success)"
    cite "Schaeffer et al. (2023)"

value n_half_1 "N_half for L = 1, in millions (no expected range)":
    Nhalf/1e6
    where A = 10, alpha = 0.5, L = 1

value undefined "A value the engine cannot evaluate":
    Log(1 - A)
    where A = 10

plot loss_tail "Log-loss 1 - P on log-log axes, with dropped points":
    1 - (1 - A*N^(-alpha))^L
    for N in [1, 1e12] loglog
    where A = 10, alpha = 0.5, L = 2.5
    axis "$N$ & {#1}" "1 - P"
