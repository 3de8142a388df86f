# expect error: 5:23 expected '=' in 'Diff(...) at N = POINT'
derivation bad_at2 "Diff at without '='"
assume a > 0
claim c:
    Diff(N^2, N) at N a == 2*a
