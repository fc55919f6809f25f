"""`taalcheck uitleg`: a letter explained for its reader, with a short summary on top.

For citizens and for helpers at a desk (library, social worker): who sent
the letter, what it is about, what you must do, before which date, how much
money, who to call; then the letter with every hard word explained in place.
"""
