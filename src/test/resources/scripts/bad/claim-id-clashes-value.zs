# expect error: 5:1 a second statement named 'v': the value on line 3 has this name
derivation d "t"
value v:
    1 + 1
claim v:
    a == a
