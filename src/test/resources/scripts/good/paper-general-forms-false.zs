# The seed paper's general statements that the engine found FALSE as written (issue 15). They were stated
# in derivations/13-general-forms.zs; that script keeps the corrected statements (general_prop_5_1_corrected,
# general_step_size_beta_ge_1) and explains the findings. Each claim here is the paper's form, unweakened.
# expect general_prop_5_1 REFUTED
# expect general_step_size REFUTED
derivation paper_general_forms_false "The paper's general statements that fail for some distribution"
cite "Sections 3 and 5"

claim general_prop_5_1 "Prop. 5.1 as stated: c1 S(D) <= Delta L(D), c1 = 1/(2e), every non-increasing p, D >= 4":
    c1*Sum(p(k)*Exp(-D*p(k)), {k, 1, K}) <= Sum(p(k)*(1 - p(k))^D, {k, 1, K})
    for p in distributions(K) nonincreasing
    for K in [1, 32]
    for D in [4, 1000]
    where c1 = 1/(2*Exp(1))
    cite "eq. (15)"


claim general_step_size "Lemma 3.1's hypothesis: eta lambda_k = c p_k^(beta - 1) <= 1 for every mode (Assumption 3.4: beta > 0)":
    c*p(j)^(beta - 1) <= 1
    for p in distributions(K) nonincreasing
    for j in [1, K]
    for K in [1, 32]
    for beta in [1/10, 3]
    for c in [1/1000, 1/10]
    cite "Lemma 3.1"

