package lookup

// A sum's own verb (part of stage 4). ownVerbWeight leaves sums out
// because their verb ("cost", "paid") is often the question's for every
// figure of the sentence. When the question's word is the verb of one
// sum only ("a parking fee of $2 an hour, which the city expects to
// raise about $3.1 million a year"), it tells that sum apart as a
// count's own verb does ("how much will the fee raise" asks what is
// raised, the object of the verb, not the fee's amount: Quirk et al.,
// §10.2 on the object as the participant the verb acts on).

// soleSumVerbWeight is the weight of a sum of money whose own verb is a
// question word (act 2) that is the own verb of no other sum of s, when
// s holds another sum: the verb tells sums of one sentence apart, and
// other sentences are weighed by what they hold.
func soleSumVerbWeight(s *sentence, n quantity, act float64, acts actWords) float64 {
	if act != 2 || n.kind != qMoney {
		return 0
	}
	others := 0
	for _, m := range s.nums {
		if m.tok == n.tok || m.kind != qMoney {
			continue
		}
		if acts.actMatch(s, m) == 2 {
			return 0 // "cost $18,000 … and paid $4,000": the verb tells no sum apart
		}
		others++
	}
	if others == 0 {
		return 0 // the only sum of its sentence: nothing to tell it apart from
	}
	return 2
}
