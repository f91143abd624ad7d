package lookup

// An operator ends a noun phrase (part of stage 1): "a nurse who bought a
// ticket during her break will split the prize" closes the "during"
// phrase at "break", as "will" opens the main clause's verb phrase. The
// operators (the modal auxiliaries and the finite forms of "be", "have"
// and "do") stand first in a finite verb phrase and are never part of the
// noun phrase before it (Quirk et al. 1985, §3.21–3.23 on operators and
// auxiliaries, §17.2 on the structure of the noun phrase). A capitalised
// one is a name's word ("during the May primary"), not the operator.

// phraseOperator reports whether t is an operator that ends the noun
// phrase before it: one of the auxiliaries written in lower case.
func phraseOperator(t token) bool {
	return auxiliaries[t.lower] && !t.cap
}
