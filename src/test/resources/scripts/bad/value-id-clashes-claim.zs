# expect error: 5:1 a second statement named 'c': the claim on line 3 has this name
derivation d "t"
claim c:
    a == a
value c:
    1 + 1
