import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A date in an opening event clause with a subject of its own (data/lexicon/event-time-openers) is that clause's
    // event, not the main clause's approval.
    'Before Yescarta arrived in October 2017, Kymriah was the only CAR-T approved by the FDA.',
    'Until Tecartus reached the market in 2020, Yescarta was the only Kite CAR-T approved in the US.',
    'When Carvykti launched in 2022, Abecma was already approved for multiple myeloma.',

    // A product's own first approval (data/lexicon/first-approval-cues): a condition one of the earliest approvals
    // covers (a kind of it, or a kind it is of), a rank among products, a first within a disease, a denial, several
    // conditions, and a regulator whose record holds first approvals only with no approval for the condition on it.
    'Yescarta was first approved in the US for primary mediastinal B-cell lymphoma.',
    'Kymriah was first approved for leukemia.',
    'Breyanzi was first approved for lymphoma.',
    'Breyanzi was the first CAR-T approved for marginal zone lymphoma.',
    "Breyanzi's first approval in follicular lymphoma was an accelerated approval.",
    "Kymriah's first approval for large B-cell lymphoma came in May 2018.",
    'Kymriah was not first approved for follicular lymphoma.',
    "Kymriah's first approval did not cover lymphoma.",
    'Tecartus was first approved for MCL and later for adult ALL.',
    'The initial indication for Tecartus was mantle cell lymphoma.',
    // A report the next sentence restates through a possessive of its subject with another value is not asserted.
    'A commenter insisted Kymriah was first approved for lymphoma. Its first approval, in August 2017, was for B-ALL.',
    // "has a label for" (data/lexicon/approval-cues): true, denied, and a label that is not a predicate of approval.
    'Tecartus holds a label for adults with relapsed or refractory mantle cell lymphoma.',
    'Carvykti does not hold an FDA label for any lymphoma.',
    'The label for Yescarta includes a boxed warning for CRS.',
    // "only" before the subject and its verb singles out the subject, not the population the verb names.
    'Only Kymriah has a pediatric indication.',
    'Among CAR-Ts, only Kymriah has a pediatric indication.',
    // A regulator named in an aside that is a statement of its own, and denies or refuses an approval, places only that
    // aside: the clause is placed by its own regulator, or by none.
    'Ebvallo, twice declined by the FDA, is authorised in the EU for EBV-positive PTLD.',
    'Tabelecleucel, a product the FDA has refused twice, is approved in Europe.',
    'Satri-cel, which the FDA has not cleared, won approval in China for gastric cancer in 2026.',
    'Satri-cel, which the FDA has not approved, treats gastric cancer.',
    // Words after a quantified subject that name no entity, place or approval restrict it to a set the knowledge base
    // cannot list.
    'No CAR-T stocked by our pharmacy is approved for mantle cell lymphoma.',
    'No product on this slide is approved for a solid tumour.',
    'No product approved in this period was approved for myeloma.',
    // A sentential relative of reason opens a clause of its own: the denial before it does not reach it.
    'No CAR-T is approved for melanoma, which is why the clinic treated my father with Amtagvi, a TIL therapy.',
    // A class as the predicate noun of use, definite or not; a restricting participle of use.
    'Kymriah is the CAR-T for children and young adults with B-cell ALL.',
    'Abecma is a CAR-T for myeloma.',
    'Breyanzi is the CAR-T for which my father waited.',
    'Use of Tecartus is confined to adults.',
    'Access to Carvykti was confined to a few centres in its first year.',
    // A year of an approval held, and a year of another predicate before an event adjunct, date no approval.
    'Six CAR-T products held FDA approval in 2023.',
    'The company was founded in 2014, three years before Kymriah, the first CAR-T, was approved.',
    // A preposition without its object (an index subentry under ICANS) says nothing of what the approval is for.
    'ICANS, 96-110; tocilizumab, not approved for, 99',
    'Tocilizumab is not approved for.',
    // Cut off after its preposition, a denial is read without crashing and leaves its object unsaid.
    'No CAR-T is approved for',
    // An event clause after a main clause whose verb is a past form the verb list may not hold.
    'China approved satri-cel at a time when no CAR-T had FDA approval for a solid tumour.',
    // A label's cue before a colon names the topic of the statement after it, judged by its own cue.
    'refactor(approvals): Yescarta has no approval for multiple myeloma',
    'Approvals: Breyanzi has no first-line LBCL indication.',
    // An adjunct after an object set apart from the one before it by an interposed phrase is that object's own.
    'On 30 August 2017 the FDA approved Kymriah and, in a separate action, tocilizumab for CAR T cell-induced CRS.',
    'In 2024 the FDA approved Breyanzi for CLL and, that August, Tecelra for synovial sarcoma.',
    'The agency approved Aucatzyl and, a few months earlier, Tecelra for synovial sarcoma.',
    // A label whose whole value counts none of it (label-none-values) denies it, as "no" would.
    'FDA-approved CAR-Ts for solid tumours: none',
    'Solid-tumour CAR-T approvals (FDA): none so far.',
    'CAR-T approvals for neuroendocrine tumours: 0',
    // "zero" determining a noun counts none of it, like "no"; a number "zero" ("day zero", "from zero to ten") negates
    // nothing.
    'There were zero FDA-approved CAR-Ts for solid tumors.',
    'As of 2026 the FDA had approved zero CAR-T therapies as a first treatment.',
    'The ICE score runs from zero to ten, and Kymriah is approved for follicular lymphoma.',
    // A date belongs to the clause whose verb it modifies: a relative cut-off ("by which time"), an opening "by the
    // time" clause and a coordinated predicate of its own keep it from the other clause's approval.
    'She retired in May 2023, by which time the FDA had approved six CAR-T products.',
    'By the time the new ward opened in 2024, Breyanzi had been approved for large B-cell lymphoma for three years.',
    'He joined Kite in 2014 and later led the launch of Yescarta after its FDA approval.',
    // "licensed" with a party the rights pass to is a deal, not a regulator's licence.
    'Arcellx licensed anito-cel to Kite before Gilead agreed to buy the company.',
    'The GPRC5D binder in arlo-cel was licensed to a larger company before phase 3.',
    // "before it": the time before an earlier product's approval, not a denial of that product's own.
    'Abecma arrived in 2021; before it, no CAR-T was approved for myeloma.',
    'Tecartus reached adults with mantle cell lymphoma in 2020, and no CAR-T had been approved for MCL before it.',
    // The object of a verb of succession is the standard the subject's event is set against; a date before a clausal
    // "a year after …" adjunct dates the main clause, not the approval inside the adjunct.
    'Breyanzi trailed Yescarta by more than three years, winning FDA approval in February 2021.',
    'We began offering Kymriah in 2019, two years after it became the first CAR-T approved by the FDA.',
    // An appositive with its own clause after an object describes that object, not the clause's subject.
    'Yescarta is sometimes mixed up with anito-cel, a BCMA CAR-T that the FDA has not yet approved.',
    'Breyanzi is often listed next to arlo-cel, a GPRC5D-directed CAR-T that is still investigational.',
    // An arrow table's row ends at its line: a row's drug is not read with the row above's disease or approval.
    'CRS → tocilizumab, approved for it in 2017\nICANS → corticosteroids first',
    'WHAT TREATS WHAT\nCRS → tocilizumab, the only FDA-approved agent\nICANS → corticosteroids; anakinra if refractory',
    // A disease added to a product's label is approved for it; a harm added to one is a warning, and a phrase about
    // the disease ("Data on …") is not what was added.
    'In 2021, follicular lymphoma was added to the Yescarta label.',
    'Marginal zone lymphoma was added to the Breyanzi label in 2025.',
    "Parkinsonism was added to Carvykti's label as a warning.",
    "Data on follicular lymphoma were added to Yescarta's label in 2019.",
    // "first" or "only" in the clause before a semicolon ranks nothing in the next one; a fronted event clause's
    // "first" still dates the main clause's denial.
    'In ICANS, steroids are the first option; tocilizumab is not indicated.',
    'When idecabtagene vicleucel was first approved, it was not approved after two prior lines.',
    // A bare denied "indicated" judges the case at hand, not the product's approvals.
    'Anakinra is given off-label when tocilizumab is not indicated.',
    // A relative clause after a comma has its own polarity: the main clause's "not" does not cancel its "no".
    'Our policy does not pay for CAR-T in mesothelioma, for which no CAR T-cell product is FDA-approved.',
    'Members cannot get CAR-T for pancreatic cancer, a disease for which the FDA has approved no CAR T-cell therapy.',
    // "not X but Y" corrects the phrase X: its "not" denies neither the approval inside Y nor the one of the subject.
    'Lifileucel is not a CAR-T but a TIL therapy approved for melanoma.',
    'The first engineered cell therapy approved for a solid tumor was not a CAR-T but a TCR-T product, in 2024.',
    // A source's statement the next sentence corrects or denies is not the writer's claim.
    'A reader wrote in to say tocilizumab is not approved for CRS. In fact, the FDA approved it for CAR-T-induced CRS in 2017.',
    'The sales rep told us Yescarta is approved for multiple myeloma. It is not: its indications are lymphomas.',
    // An "only" after a comma restricts the line after it, not the denied line before it.
    'Breyanzi is not approved for first-line LBCL, only for second-line and later.',
    'Abecma is not approved for first-line myeloma, only after two or more prior lines.',
    // A clause inside an appositive of the subject has its own polarity: its "not" does not reach the main predicate.
    'Tisagenlecleucel, a CD19-directed product that is not indicated for myeloma, is approved for follicular lymphoma.',
    'Axi-cel, a CD28-based product which does not use a lentiviral vector, is approved for LBCL.',
    // An aside that is a statement of its own (a relative clause, a verb or a denial) keeps the population and the
    // condition it names; they are not the main predicate's.
    'Tisagenlecleucel, whose indications do not include mantle cell lymphoma, is approved for follicular lymphoma.',
    'Axicabtagene ciloleucel, a CAR-T with no pediatric indication, is approved for adults with LBCL.',
    'Brexucabtagene autoleucel (not indicated for children) is approved for adults with mantle cell lymphoma.',
    'Ciltacabtagene autoleucel, which is not approved for patients under 18, is approved for adults with myeloma.',
    // An opening event clause ends at its comma; "it" after it is the event's subject, and the main clause holds at the
    // event's time.
    'When tisagenlecleucel was approved, it was not approved for myeloma.',
    'When axicabtagene ciloleucel was approved in 2017, it was not approved for follicular lymphoma.',
    // A denied scope verb denies the approval only for what an approval covers; a REMS is not one.
    'Obecabtagene autoleucel, whose approval did not include a REMS, is approved for adults with B-cell ALL.',
    "Tisagenlecleucel's indications do not include mantle cell lymphoma.",
    // The disease of a statement aside is not the one named outside it: it does not take that one's population.
    'Teenagers with B-cell ALL are not a population of obecabtagene autoleucel, whose ALL approval is for adults.',
    // A verbless aside still describes the subject.
    'Brexucabtagene autoleucel (adults, mantle cell lymphoma) was approved in July 2020.',
    // A label before a colon leads in to the subject.
    'Summary: Tisagenlecleucel, a CD19-directed product that is not indicated for myeloma, is approved for follicular lymphoma.',
    // A comma splice with a pronoun subject opens a clause with its own polarity; "it" is the sentence's subject.
    'Abecma is not indicated for lymphoma, it is indicated for myeloma.',
    'Kymriah is approved for ALL, it is not approved for myeloma.',
    // A contrastive "not" sets a population aside; it does not add it ("only for adults, not for …").
    'Tecartus is approved only for adults, not for patients younger than 18.',
    'Aucatzyl is approved for adults but not for patients under 18.',
    // "other" sets apart what the sentence named before it; with nothing named, it is not understood.
    'Kymriah is approved for young adults with ALL, but no other CAR-T is approved for children.',
    'no pediatric indication for any other CAR-T.',
    'Amtagvi is approved for melanoma alone and not for other solid tumors.',
    // A treatment history narrows the condition to patients no approval record names.
    'For tocilizumab-refractory CRS, no drug is approved.',
    // A report the next sentence says again with the writer's value is not asserted: the report's passive said in the
    // active by an agent, or its subject named again, after a clause that opens the restatement.
    'Several posts state that Abecma was approved in 2023. The FDA approved Abecma in March 2021.',
    'Reviewer 2 writes that Carvykti was approved in 2019. We checked the label: Carvykti was approved in February 2022.',
    // What a later clause rejects is not asserted.
    'Some bloggers keep writing that a CAR-T is approved for glioma, but they are wrong: none is.',
    // A lower-case fragment after a full stop is a clause of its own, with its own quantified subject.
    'Breyanzi won its MZL approval in 2025. still no FDA-approved CAR-T for solid tumors.',
    // "it" after a conjunction in a sentence naming two therapies could stand for either: not judged.
    'We chose Tecartus over Kymriah because it is approved for mantle cell lymphoma.',
    // A denial bounded by a later start: no approval came then, or none was in force then; only a later one settles it.
    'Kymriah was not approved after 2023.',
    'Kymriah has not been approved since 2023.',
    'Kymriah was not approved after the REMS was lifted.',
    'Kymriah was not approved after the merger.',
    // A verbless negative answer before a colon denies what the question asked, not the statement after it.
    'Not for ALL: the Kymriah approval for ALL covers patients up to 25.',
    'Q: Is Tecartus approved for myeloma?\nA: Not for myeloma: Tecartus is approved for mantle cell lymphoma and ALL.',
    ': Not for myeloma: Kymriah is approved for ALL.',
    // "neither … nor" and "no" after a noun's "of" deny the noun predicate.
    'Mantle cell lymphoma is an indication of neither Yescarta nor Kymriah.',
    'Multiple myeloma is an approved indication of neither Kymriah nor Yescarta.',
    'Myeloma is an indication of no CD19 CAR-T.',
    // "over 25" leaves out 25-year-olds; "younger than 12" every age a label starting at 12 leaves out.
    'Kymriah is not approved for ALL in patients older than 25 years.',
    'Kymriah is not approved for ALL in patients over 25.',
    'Use of Lutathera in patients younger than 12 years with GEP-NETs is not approved.',
    'Kymriah is approved for patients under 18 with ALL.',
    // A dateline abroad places a statement that names no regulator.
    'TOKYO, March 2019 — Novartis said Kymriah had been approved for B-cell ALL and diffuse large B-cell lymphoma.',
    'TOKYO — Abecma was approved in 2022 for relapsed or refractory multiple myeloma.',
    'Tokyo, January 2022 — Abecma was approved for relapsed or refractory multiple myeloma.',
    // An opening reason clause ends at its comma before a main clause with a plural verb; a "while" clause with its own
    // subject and verb has its own polarity and regulator.
    'Because Tecartus is not approved for children, paediatric ALL patients receive Kymriah.',
    'Satri-cel was approved in China while the FDA had not yet approved any CAR-T for a solid tumour.',
    // "like" after a comma, opening the clause or after "a …" compares; the compared products are not the subject.
    'Obe-cel, a CD19 CAR-T like Kymriah and Yescarta, was approved for adults with ALL in November 2024.',
    'Like Kymriah and Yescarta, obe-cel was approved for ALL in November 2024.',
    // A class narrowed to its investigational members names no approved one.
    'Investigational CAR-Ts are not approved.',
    'The list below covers investigational CAR-Ts, none of which is approved for the indications shown.',
    // An approval noun a document part shows names the category of its content.
    'This chart omits satri-cel because it counts only FDA approvals.',
    'The table lists only FDA approvals, so satri-cel is missing.',
    // An approval noun's verb of scope, denied, denies the approval for what it names.
    "Kymriah's ALL approval does not cover patients aged 26 or older.",
    'The approval of Kymriah for lymphoma does not extend to children.',
    // A regulator in the phrase of a mention set aside places nothing.
    'Satri-cel, unlike the FDA-approved CAR-Ts, treats a solid tumour.',
    'Satri-cel, unlike FDA-approved Yescarta, treats a solid tumor.',
    // A new product is one first approved in the period; a later indication (Breyanzi's MZL, December 2025) is not.
    'In 2025 the FDA approved no new CAR-T product, although Breyanzi gained an MZL indication in December.',
    // Approvals said to be complete or recorded: a statement about the record.
    'FDA approvals of CAR-T, CAR-NK, TCR-T, TIL and virus-specific T-cell products are complete.',
    'NMPA approvals of CAR-T products are recorded only as far as known.',
    // A site whose approval is not restricted to non-functional tumors.
    'Everolimus is approved for functional NETs of the pancreas.',
    // "functional" set against the use claimed is denied, not claimed.
    'Everolimus is approved for non-functional NETs of the lung or GI tract, not for functional ones.',
    'Everolimus is approved for non-functional NETs of the lung and GI tract, but not for functional carcinoid tumours.',
    // Antitumor wording set against the use claimed (a contrast cue, or "not" after a comma) is denied, not claimed.
    'Xermelo is approved for carcinoid syndrome diarrhea, not to shrink tumors.',
    'Telotristat is approved for carcinoid syndrome diarrhea rather than to slow tumor growth.',
    'Octreotide is approved to control flushing and diarrhea, but not to shrink NETs.',
    // A limitation of use lifted since (data: an approval's history `endsExclusions`): covered now, without being named.
    'Yescarta is FDA-approved for primary CNS lymphoma.',
    'CAR-T therapy is FDA-approved for primary CNS lymphoma.',
    'FDA Approves Label Update for Yescarta in Relapsed/Refractory Primary CNS Lymphoma',
    'Before February 2026, Yescarta was not indicated for primary central nervous system lymphoma.',
    // An approval naming no regulator, for a disease a member of the class is approved for elsewhere, may be that one.
    'A Claudin 18.2 CAR-T won its first approval for gastric cancer in June 2026.',
    'The first approval of a BCMA CAR-T developed in China came in 2023.',
    // A past perfect "not yet" tells an undated past: a denial that held then is not judged as of today.
    'While the FDA had not yet approved Breyanzi, Bristol Myers Squibb already sold Abecma.',
    'Carvykti had yet to be approved when Abecma reached the market.',
    'When the FDA had not approved Breyanzi for CLL, patients received other drugs.',
    'The agency had never approved a CAR-T for myeloma when the first BCMA trials opened.',
    // Another regulator's record lists first indications only: a later one of the same kind may be missing from it.
    'Relma-cel won a second approval, in follicular lymphoma.',
    'Yescarta won approval in China for second-line large B-cell lymphoma.',
    'Fucaso is approved for myeloma after one prior line.',
    // A place after a contrast cue is denied; the approval's regulator stays unresolved.
    'Zevor-cel is approved for multiple myeloma, but not in the United States.',
    'Relma-cel is approved for large B-cell lymphoma rather than by the FDA.',
    // An age range opening at 18 and adults by age are adults; a child's age under a pediatric label.
    'Tecartus treats ALL from age 18.',
    'Aucatzyl treats ALL in 40-year-olds.',
    'Kymriah treats ALL in 16-year-olds.',
    'Lutathera is approved for GEP-NETs from age 12.',
    'Tocilizumab is approved for CRS in patients aged 2 years and older.',
    // Ages closed or opened by the words after them (data/lexicon/age-closed-followers, age-open-followers).
    'Kymriah is approved for ALL in patients aged 25 and under.',
    'Lutathera is approved for GEP-NETs in patients 12 and up.',
    // Patients named by a population word as the subject, their condition after the product.
    'Adults can receive Tecartus for ALL.',
    'Children can receive Kymriah for ALL.',
    'Children can receive Tecartus in a trial for ALL.',
    // A care team's offer in the passive states the use, as the active offer does; not in a trial.
    'Yescarta may be offered if your large B-cell lymphoma came back within a year of your first chemoimmunotherapy.',
    'You may be offered Breyanzi for lymphoma after two prior lines.',
    'Kymriah may be offered in a clinical trial for multiple myeloma.',
    // A product's label covering patients states its population; a label naming anything else is not read.
    "Kymriah's label includes children with B-ALL.",
    "Tecartus's label extension covers adults with relapsed or refractory B-ALL.",
    "Yescarta's label includes a boxed warning for CRS.",
    // A label covering, listing or holding a use, denied, hedged or of another regulator, or naming a warning of a
    // cell therapy (a syndrome), says no false use.
    "Yescarta's label does not cover multiple myeloma.",
    "Multiple myeloma is not on Yescarta's label.",
    "Kymriah's label may soon cover multiple myeloma.",
    "Kymriah's EU label covers multiple myeloma.",
    "Carvykti's label lists parkinsonism among its neurologic toxicities.",
    "Kymriah's label covers patients who develop CRS after infusion.",
    "Breyanzi's label lists marginal zone lymphoma.",
    // The class of permitting (data/lexicon/permitting-verbs) with the label as subject: true, denied.
    "Kymriah's label allows patients up to 25 years old with B-ALL to receive it.",
    "Carvykti's label allows patients after one prior line.",
    "Aucatzyl's label does not allow children to receive it.",
    "Breyanzi's label was extended to cover marginal zone lymphoma.",
    "Tocilizumab's label covers CRS in patients 2 years and older.",
    "Carvykti's label covers patients after one prior line who are refractory to lenalidomide.",
    'Follicular lymphoma is on the Yescarta label.',
    // A lower bound the label does not state (Kymriah's ALL label names only the upper one) settles nothing.
    'Kymriah is approved for ALL in children from age 3.',
    // A postposed "only" before what it restricts, or beside a denial of the other group, restricts no population.
    'Kymriah is approved for LBCL in adults only after two prior lines.',
    'Obe-cel is not approved for children, since its ALL indication covers adults only.',
    // Treatments behind the patient, counted or ordered, are lines: both bear out the label.
    'Yescarta is approved for large B-cell lymphoma that came back within a year of the first treatment.',
    'Abecma is approved for myeloma that came back after two treatments.',
    // A later coordinated predicate with a participle of use or research keeps its condition from the approval.
    'Anakinra is licensed for rheumatoid arthritis and given off-label for refractory CRS.',
    // An approval premodifying the point of a comparison or an example is not said of the subject.
    'Arlo-cel is a myeloma CAR-T, like the approved Abecma and Carvykti.',
    'Lete-cel is a T-cell therapy such as the approved Tecelra.',
    'Arlo-cel is a CAR-T that, like the approved Carvykti, is given once.',
    'Arlo-cel rivals approved BCMA products in early trials.',
    // "not yet" after a dated temporal clause states what held at that date.
    'When Kymriah was approved in August 2017, the FDA had not yet approved any CAR-T for lymphoma.',
    // A result clause after a negated main clause has its own polarity.
    'The trial did not improve event-free survival, and so Kymriah is not approved in second-line large B-cell lymphoma.',
    'Abecma showed no survival benefit in that setting, therefore it has no first-line indication.',
    // A contrastive "not" reaches its mention over the mention's own modifiers.
    'Kymriah is approved for lymphoma but not for relapsed or refractory myeloma.',
    // A site after a disease name narrows it to a disease the knowledge base does not resolve.
    'Sunitinib is not approved for NETs of the small intestine.',
    // A marker's absence narrows a disease: approvals of the wider disease do not contradict its denial.
    'Lutathera is not approved for SSTR-negative NETs.',
    'Kymriah is not approved for CD19-negative lymphoma.',
    // A noun phrase of use names what a never-approved product is developed for.
    'Arlo-cel is a treatment for multiple myeloma.',
    'Anitocabtagene autoleucel is a CAR-T product for relapsed myeloma.',
    // An opening "while" clause and a "despite" adjunct are not arguments of the main clause's claim.
    'While Tecartus and Yescarta come from the same company, only Tecartus is approved for ALL.',
    'Despite sharing a target with Kymriah, Breyanzi was approved later, in February 2021.',
    // An ordinal of a line ranks no product: the negation denies the line's approval.
    'Abecma does not have a first-line indication.',
    'No CAR-T product has a first-line approval in the United States.',
    // A status word before a noun is said of that noun's phrase only.
    'Talquetamab binds GPRC5D, like the experimental CAR-T arlo-cel.',
    'Teclistamab is used as well as investigational CAR-T products in myeloma.',
    // An approval of an IND (an application to start trials) is not an approval of the product.
    'Arcellx received FDA IND approval for anito-cel in lupus.',
    'The FDA approved the IND for satri-cel in pancreatic cancer.',
    'Satri-cel won Investigational New Drug approval from the FDA for pancreatic cancer.',
    // A disease or date premodifying a later list item's head is that item's, not the approval noun's.
    "We summarised news on obe-cel's approval, the REMS removal and two short CRS explainers.",
    "Coverage of Breyanzi's approval, a Kymriah leaflet and a myeloma review is listed below.",
    "Obe-cel's approval and Autolus's January 2026 release were both covered.",
    // A therapy listed beside an approval noun is a topic of its own, not the approval's subject.
    'The round covered the MZL approval, the REMS removal, obe-cel and Carvykti.',
    'Obe-cel, satri-cel and the CRS approval of tocilizumab were covered.',
    "We checked pages on the round's topics (the MZL approval, the REMS removal, obe-cel, satri-cel, Carvykti, CRS), about 60 in all.",
    'The approval of Kymriah for adults and ALL patients came in 2017.',
    // A therapy set before or after the cue's event is not dated by it.
    'The approval of Kymriah in August 2017 preceded Yescarta by two months.',
    'Breyanzi was approved in February 2021 and Abecma a month later.',
    // An approval premodifying a noun after a determiner and an adverb describes the noun: the clause's date is not its.
    'In June 2025, the FDA removed the REMS programs for all currently approved CAR-T therapies, such as Yescarta and Kymriah.',
    // An opening clause holding the only date times a state in the main clause: judged then, not today.
    'When Carvykti was first approved in 2022, it was limited to patients who had received four or more prior lines.',
    'At the time Kymriah was approved in August 2017, it was approved only for patients up to 25 years old with ALL.',
    // A clause whose event came later than an opening cut-off is not bounded by it.
    'By mid-2024, LLS counted six CAR-T products and 17 approvals; Aucatzyl came later.',
    // A place after an exclusion cue leaves every other jurisdiction: no one regulator's record settles it.
    'Outside China, no regulator has approved a CAR-T for a solid tumour as of October 2026.',
    'Apart from China, no country has approved a CAR-T for gastric cancer.',
    // A denied first line beside the recorded lines restates the label.
    'Abecma is not used first-line and is indicated after two or more prior lines of therapy.',
    'Linvoseltamab is not a first-line therapy and is given to patients who have had at least four other prior lines of therapy.',
    // Symptoms linked to their source: the approval is for the symptoms, not the tumor.
    'Octreotide is indicated for the severe diarrhea and flushing episodes associated with metastatic carcinoid tumors.',
    'Octreotide is labeled to control the diarrhea caused by metastatic carcinoid tumors.',
    // A therapy in apposition to the agent of "induced by" names the syndrome's cause, not what is approved.
    'Tocilizumab was approved by the FDA in 2017 for cytokine release syndrome induced by a different cause, CAR T cell therapy.',
    // A condition modifying a symptom noun is the symptom's source: the approval is for the symptom.
    'Octreotide is FDA-approved only to control carcinoid symptoms, not tumour growth.',
    // An open age range inside what the label covers.
    'Yescarta is indicated for LBCL in patients 65 years and older.',
    'Cabozantinib is approved for pNET in patients 12 years and older.',
    // A predicate noun headed by a therapy noun states the product's use: a true use stays clean; a relative clause
    // after "for" says something else.
    'Tecartus is a one-time cell therapy used to treat adults with mantle cell lymphoma.',
    'Abecma is a personalised medicine for adults with multiple myeloma.',
    'Yescarta is a CAR T-cell therapy for which the REMS was eliminated in 2025.',
    // Of a product never approved, a therapy noun's use is what it is developed for.
    'Arlo-cel, a GPRC5D-directed CAR-T therapy for multiple myeloma, is in a phase 3 trial.',
    'Its lead candidate is lete-cel, a TCR therapy for synovial sarcoma.',
    // Appositives state each product's own use.
    'Abecma, a CAR-T therapy for myeloma, and Yescarta, a CAR-T therapy for lymphoma, use different targets.',
    // A care team's offer of a named product states its use; the modal gives the reader's option.
    'Your care team might suggest Tecartus for mantle cell lymphoma.',
    'Your doctor may offer you Abecma for multiple myeloma.',
    // A condition as the subject of a passive use verb, an option given to patients, the product as the instrument of
    // "treat you with": each states the product's use.
    'Follicular lymphoma can be treated with Breyanzi.',
    'Relapsed mantle cell lymphoma can now be treated with Tecartus.',
    'Breyanzi gives a new option to adults with chronic lymphocytic leukaemia.',
    'Aucatzyl offers another choice for adults with B-cell acute lymphoblastic leukaemia.',
    'Your doctor may treat you with Abecma for multiple myeloma.',
    // "no other treatment options" is no first line; a treatment denied with "prior" is.
    'Yescarta is approved for adults with large B-cell lymphoma who have no other treatment options.',
    'Tecartus gives hope to people with myeloma in trials.',
    // An offer in a study is not an approved use.
    'Your doctor may offer you Kymriah for lymphoma in a clinical trial.',
    'You can receive anito-cel for multiple myeloma through a clinical trial.',
    // The reader as the patient who receives a product (data/lexicon/reader-recipients), with the condition after the
    // product or in a fronted "if" about the reader: the product's use.
    'You can have Tecartus for mantle cell lymphoma.',
    'Your daughter may be offered Kymriah for B-cell ALL that has come back twice.',
    'Carvykti may be given to you for multiple myeloma.',
    'If your lymphoma has returned, your doctor may suggest Breyanzi.',
    'If you have myeloma, you can receive Abecma.',
    // Denied, or named without a condition: nothing the reader's use claims.
    'You cannot receive Yescarta for myeloma.',
    // An instruction after a comma is a clause of its own (data/lexicon/imperative-openers): its product is no subject.
    'Kymriah is not approved for myeloma, ask your oncologist about Abecma.',
    'Yescarta is not approved for children, talk to your team about Kymriah.',
    'Before you receive Kymriah, you will have a short course of chemotherapy.',
    // A prior treatment counted with "prior", "previous" or "earlier" is a prior line; "only one" is how few.
    'Breyanzi can treat mantle cell lymphoma that returned after at least two prior therapies, one of them a BTK inhibitor.',
    'People with follicular lymphoma can receive Yescarta after two or more previous regimens.',
    'Abecma is used for multiple myeloma after two or more earlier treatments.',
    'Kymriah is available to patients up to 25 years old with B-cell ALL.',
    'Tecartus is approved for adults with B-cell acute lymphoblastic leukaemia.',
    // "as the first therapy" claims priority, not the first line.
    'Kymriah was approved in 2017 as the first CAR-T therapy for B-cell ALL.',
    // A denied order of two approvals is the order relation's ("not approved before Abecma").
    'Carvykti was not approved by the FDA before Abecma.',
    // A point of comparison after the cue is never what was approved, even when no other product is named: the
    // object is a class here, and the date is its approvals'.
    'In 2017, the FDA approved two CAR-Ts, years before Carvykti.',
    'The FDA approved two CAR-Ts in 2017, long before Carvykti.',
    // Ages the label bears out; a duration "1 to 3" is no age range.
    'Kymriah is approved for B-cell ALL in children and young adults to age 25.',
    'Kymriah is approved for B-cell ALL in patients aged 1 to 25.',
    'Abecma is approved for patients 18 years and older with multiple myeloma.',
    'Yescarta is approved for LBCL after 1 to 3 prior lines.',
    // A negatively quantified argument right after the predicate, or after its object, denies the predicate.
    'So far the agency has licensed no CAR T-cell therapy for pancreatic NETs.',
    'The FDA approved neither Abecma nor Carvykti for lymphoma.',
    'The FDA has approved Abecma for no lymphoma.',
    // "no later than" compares: it does not deny the approval, and the year after "than" is the comparison's standard,
    // not the approval's date.
    'Kymriah was approved no later than 2018.',
    'Kymriah was approved later than 2016.',
    // "nowhere" and a refused approval negate the predicate.
    'Nowhere has a CAR-T been licensed for glioblastoma.',
    'Regulators declined approval of tabelecleucel for EBV-positive PTLD.',
    // An approval premodifying a noun after a determiner describes it: the clause's date is its own event's.
    'Kite shipped the FDA-approved lymphoma therapy Tecartus to new centres in 2023.',
    'In 2019, its approved leukemia product Kymriah faced manufacturing delays.',
    // Motion toward an approval, or being on track for one, names a goal not reached.
    'Arlo-cel is heading toward approval in myeloma.',
    'Lete-cel is on track for FDA approval in synovial sarcoma.',
    // "no" negates its own noun; a modifier inside that noun's complement keeps its polarity.
    'The FDA has no concerns about approved oncology uses of Kymriah.',
    // Standard care agrees with a use the knowledge base records, off-label included.
    'At our institution, anakinra has become the standard treatment for ICANS.',
    // A line of care the knowledge base records as standard or mainstay is that practice, not a label's line.
    'Corticosteroids are the first-line treatment for ICANS.',
    'Dexamethasone is the first-line therapy for ICANS.',
    // A status word before another noun describes that noun's phrase, not the therapies beside it.
    'Some cancer patients are choosing experimental treatments rather than approved CAR-T therapies.',
    // A product approved outside the US with none of its approvals on record: only a named regulator is judged.
    'Ebvallo is for patients with EBV-positive PTLD.',
    // An aside with a cue of its own keeps what it names.
    'Anakinra is FDA-approved for rheumatoid arthritis (used off-label for ICANS).',
    // An approval sought is not an approval.
    'The application sought approval for Ebvallo in EBV-positive PTLD.',
    // A change of state ("evolved from …") names a former state: a past the sentence does not date.
    'TIL therapy has progressed from a pioneering experimental approach to a validated treatment strategy.',
    // What an opening aside names ("With X for Y, …", and the verbless items that continue its list) is not an
    // argument of the main clause.
    'Besides Tecartus for mantle cell lymphoma, no CAR-T is approved for a solid tumor.',
    'With Abecma and Carvykti for myeloma, Breyanzi for CLL, and Aucatzyl for ALL, none of the approved CAR-Ts treats a solid tumor.',
    // After an ordinal or "only", "any" is existential: an approval for some such condition.
    'Amtagvi became the first T-cell therapy the FDA approved for any solid tumor.',
    'Abecma was among the first cell therapies licensed for any plasma cell cancer, and the first CAR-T approved for any myeloma.',
    // An approval in a relative clause of a class is the class's, not the named product's.
    'Aucatzyl works differently from the CAR-T products that were approved for multiple myeloma.',
    'Unlike CAR-T products approved for follicular lymphoma, Tecelra is used in synovial sarcoma.',
    // An approval restrictor names the set the clause speaks of; it claims no approval of its own.
    'Of the CAR T-cell therapies the FDA has approved, none treats a solid tumor.',
    'Among CAR-T products licensed in the US to date, none is approved for solid tumors.',
    // A disease the knowledge base does not know leaves the claim unresolved, not a claim about no disease.
    'No CAR T-cell therapy has been approved to treat amyloidosis.',
    'Yescarta is not indicated for HIV.',
    'No CAR-T is FDA-approved for sarcoidosis yet.',
    // A year in an opening "Since …," starts the period; it does not date what the rest says happened.
    "Since Kymriah's approval in 2017, the FDA has approved Tecartus, Breyanzi and Abecma.",
    'Since its first approval in 2017, Yescarta has been approved for follicular lymphoma.',
    // "Before <product>,": a time bound that is an event, not a date, and not the claim's subject.
    'Before Abecma, no CAR-T had been approved for multiple myeloma.',
    // Clauses joined by a comma, each with its own named subject and verb, are judged apart; a gapped conjunct keeps
    // its date after a parenthesis or an adverb of time.
    'Tecartus was approved for mantle cell lymphoma in July 2020, Breyanzi was approved for large B-cell lymphoma in February 2021 and Abecma in March 2021.',
    'Kymriah (tisagenlecleucel) was approved for B-cell ALL in 2017, Carvykti (cilta-cel) was approved for multiple myeloma in 2022.',
    'Yescarta was approved for large B-cell lymphoma in 2017 and Tecartus (brexu-cel) later in 2020.',
    'Breyanzi was approved for large B-cell lymphoma in February 2021 and Abecma (ide-cel, BMS) later in March 2021.',
    // A product after "before"/"after" following the cue is a point of comparison, with or without a verb of its own.
    'The FDA had approved two CAR-Ts in 2017, well before Breyanzi came in 2021.',
    'In 2017, the agency approved two CAR-Ts before Breyanzi was submitted.',
    'By 2021 the FDA had cleared four CAR-Ts, a year before Carvykti launched.',
    'Prior to Tecartus, no CAR-T had been approved for mantle cell lymphoma.',
    // An adverb between a contrastive "not" and its mention: the negation still reaches the mention.
    'Breyanzi is approved for lymphoma, but not currently for myeloma.',
    'Dexamethasone is approved for many conditions, but not specifically for ICANS after Abecma.',
    // With one year, a cut-off bounds every clause of the sentence.
    'Before 2021, Kymriah and Yescarta were approved only for lymphoma and leukemia; no CAR-T was approved for myeloma.',
    // A disease reached from a symptom by "of"/"from" is the symptom's source: the approval is for the symptom.
    'Sandostatin is approved to relieve flushing and diarrhea from carcinoid tumors.',
    'Octreotide is approved for the treatment of symptoms of carcinoid tumors.',
    // A cut-off date bounds its own clause when another clause names another year: judged as of then.
    'Until 2024 no CAR-T had been FDA-approved for chronic lymphocytic leukemia; Breyanzi was approved for it in March 2024.',
    // A therapy after a cause participle is the agent of the condition's description, not what is approved.
    'Tocilizumab can be used for CRS, and it is FDA-approved for severe CRS caused by CAR T cells in patients 2 years and older.',
    // "an experimental …" as the object of another verb describes a trial's own product, not the class.
    'Each participant received an investigational CD19-directed CAR T-cell therapy in the study.',
    'Patients were given an experimental version of a new CAR T-cell therapy.',
    // A goal ("working towards getting …") asserts no approval.
    'Kite is working towards getting Yescarta approved for solid tumours.',
    // "but" without its comma still parts two clauses: the FDA of the second is not the regulator of the first.
    'Tab-cel is approved in the EU but the FDA has not approved it.',
    'Tabelecleucel was approved in Europe but was not approved by the FDA.',
    // A class after "is (not) a" in a clause whose subject is left out or a pronoun is a predicate, not the subject.
    'Lifileucel is autologous; it is not a CAR-T and is not approved for leukemia.',
    'Amtagvi is a TIL therapy, but is not a CAR-T and was not FDA-approved in 2017.',
    // Standard care, like a line of therapy, states an indication; a true one stays clean.
    'CAR-T is now a standard treatment for relapsed large B-cell lymphoma.',
    'Lutathera is a standard option for neuroendocrine tumors.',
    'CAR-T is not yet a standard treatment for neuroendocrine tumors.',
    // With several subjects "since" opens the period their approvals fell in.
    'Since 2017, the FDA has approved several autologous CAR-T products: Kymriah, Yescarta, Tecartus, Breyanzi, Abecma and Carvykti.',
    // A denied first approval on another date, or a denied rank among products, holds.
    'Breyanzi was not first approved by the FDA in 2020.',
    'Yescarta was not the first CAR-T approved by the FDA in 2017.',
    // A parenthesis with its own predicate about a noun that is no therapy or disease dates that noun.
    'Carvykti is approved with a boxed warning and a REMS (eliminated in 2025).',
    // A population premodifying one list item's condition is that item's: the other items' claims do not take it.
    'This approval joins Kymriah, approved for pediatric ALL in 2017, Yescarta, approved for large B-cell lymphoma in 2017, and Breyanzi, approved for mantle cell lymphoma in 2024.',
    // The same with a bracketed abbreviation inside the modifiers, and a parenthesis after the participle's owner.
    'In June 2025, the FDA removed the REMS for currently approved B-cell maturation antigen (BCMA)- and CD19-directed CAR T-cell therapies.',
    'Carvykti followed the BCMA-directed idecabtagene vicleucel (Abecma), approved in March 2021 for multiple myeloma.',
    // "did not respond to first-line …": that line is behind the patient, the claim is the second line.
    'The FDA approved Breyanzi for adults with large B-cell lymphoma who did not respond to first-line chemoimmunotherapy.',
    // "whose" opens the patients' disease, not a longer disease name.
    'Kymriah is approved for young patients whose B-cell ALL is refractory.',
    // "since": an approval that had begun by then bears it out.
    'Kymriah has been approved for B-cell ALL since 2018.',
    'Tecartus has been approved for mantle cell lymphoma since 2020.',
    // A start within a year of the approval may count from the launch; a population may name a later indication.
    'Abecma has been approved since 2022.',
    'Yescarta has been approved for adults with large B-cell lymphoma since 2022.',
    // "by the end of 2022" is a reference point (what had been approved by then), not the approval's date.
    'By the end of 2022, the FDA had approved Carvykti and Abecma.',
    // A condition in a list item headed by another therapy noun is that item's, not the product coordinated after it.
    'Six CAR-T products are approved, including five products targeting CD19 for leukemia or lymphoma and Carvykti targeting BCMA.',
    // An approval noun that a verb of research and development governs names the work's aim, not an approval; a fronted
    // frame is the scope of the clause's regulatory step.
    'Obecabtagene autoleucel is a therapy developed by Autolus for the following indication: adults with relapsed or refractory multiple myeloma.',
    'For the follicular lymphoma indication, the sBLA for Abecma was based on phase 2 data.',
    // A line of therapy written in another prepositional conjunct is that conjunct's.
    'The FDA approved Breyanzi for relapsed or refractory follicular lymphoma and for second-line large B-cell lymphoma.',
    // Gapped coordination with classes: the cue's object owns the first conjunct, the class after ", and" the second.
    'The FDA has approved CAR-T therapies for lymphoma and myeloma, and a TCR therapy for synovial sarcoma.',
    // A generic noun without a condition leaves its kind to the context: not judged.
    'Lupus CAR-T studies continue, but no product has been approved.',
    // A participle after the last product's comma is that product's reduced relative clause.
    'Carvykti followed the BCMA-directed Abecma, approved in March 2021 for multiple myeloma.',
    // A disease joined to a cause participle modifies the noun after it ("melanoma-associated antigen").
    'Tecelra, directed at melanoma-associated antigen A4, is approved for synovial sarcoma.',
    // A population written before a condition is that condition's, not its list neighbours'.
    'Kymriah is approved for relapsed pediatric and young adult B-cell acute lymphoblastic leukemia, relapsed follicular lymphoma and relapsed large B-cell lymphoma.',
    // Suspended hyphen coordination stays inside the class's modifiers: "approved" is not the clause's predicate.
    'In June 2025, the FDA removed the REMS for currently approved CD19- and BCMA-directed CAR T-cell therapies.',
    // "adults of any age": no upper age limit on the adults, as the label says.
    'Yescarta is approved for adults of any age with large B-cell lymphoma.',
    // The line and the date hold for one approval.
    'The FDA approved Carvykti in 2024 for patients after one prior line of therapy.',
    'The FDA approved Carvykti in 2022 for patients after four prior lines of therapy.',
    'Carvykti is approved for myeloma that has been treated with at least one prior line.',
    // Off-label use with no condition the knowledge base knows denies no approval of the product.
    'Everolimus has been prescribed off-label by many clinics for tuberous warts.',
    'Oncologists sometimes give sunitinib off-label.',
    // A negation before "first" denies the first and its date, not the approval: nothing dated is claimed.
    'Yescarta was not first approved by the FDA in 2019.',
    'The FDA did not first approve Breyanzi in 2023; its first approval came earlier.',
    // An approval noun in the scope of a designation or review is that step's, not an approval.
    'The FDA granted orphan drug designation to obecabtagene autoleucel for the indication of B-ALL in 2022.',
    'Breakthrough therapy designation was granted to anito-cel for this indication.',
    // A use its modifier says is sought ("an investigational indication"), the aim of development work (a programme,
    // pipeline or candidate for an indication) or of an infinitive of purpose ("to expand the use of X in …") is not an
    // approval.
    'In 2020 the FDA gave Breyanzi a breakthrough designation, for an investigational indication in follicular lymphoma.',
    'Our pipeline consists of allogeneic CAR-NK programs for solid tumour indications.',
    'The company is advancing CAR-T candidates for myeloma and lupus indications.',
    'Two new studies set out to expand the use of Aucatzyl in paediatric leukaemia and lymphoma indications.',
    // A "contra-indication" (data/lexicon/cue-cancelling-prefixes) is no indication.
    'A history of malignancy is not a contra-indication to CAR-T for large B-cell lymphoma.',
    // A negative quantifier with an exception denies the predicate of its class less the excepted members ("no drug but
    // X" is "only X"): the excepted member is no counterexample.
    'No drug but tocilizumab is approved for cytokine release syndrome.',
    'Not one CAR-T other than Kymriah is approved for children.',
    'Nothing apart from tocilizumab holds an FDA approval for CRS.',
    // A closing parenthesis with a subject of its own, after a verbless sign, is judged alone: the sign's words are not
    // its subject.
    'Oncology Cell Therapy Clinic -> Room 4 (no CAR-T is FDA-approved for a solid tumour)',
    // An appositive after the host's parenthesis keeps its conditions; the main predicate's are not the approval's.
    'Tisagenlecleucel (tisa-cel), an autologous CD19 CAR T-cell product approved for adults with relapsed or refractory follicular lymphoma, results in cytokine release syndrome in about half of patients.',
    // An approval recommended or asked for is a wish, not a claim.
    'In 2025, ODAC recommended that the FDA approve anito-cel for multiple myeloma.',
    'The panel recommended approval of anito-cel for myeloma.',
    // A date an event participle takes dates that event, not the approval.
    'Breyanzi was approved for follicular lymphoma based on TRANSCEND FL data published in 2023.',
    'The FDA approved Abecma for multiple myeloma after KarMMa results were presented in December 2019.',
    // Each appositive's conditions are its own product's, never another list item's.
    'Abecma, a BCMA product for multiple myeloma, and Tecartus, a CD19 product for mantle cell lymphoma, are both FDA-approved.',
    'Tecelra, an engineered TCR therapy for synovial sarcoma, and Amtagvi, a TIL therapy for melanoma, are approved for solid tumors.',
    'In-vivo CAR-T products have not yet been approved by the FDA.',
    // An agency the knowledge base does not know, named without its country: not judged by the FDA's record.
    'Kymriah was approved by the Therapeutic Goods Administration in December 2018.',
    'CAR-T cell therapy was authorised for use by the Pharmaceuticals and Medical Devices Agency in 2019.',
    // A therapy joined to a participle modifies the noun after it: it is not what was approved.
    'Approved in 2017 for CAR-T-related CRS.',
    'Approved for CAR T-associated cytokine release syndrome.',
    // A condition that is a harm is not an indication.
    'Because of the risk of cytokine release syndrome, Abecma was approved with a REMS.',
    'Tecartus carries a boxed warning for serious infections.',
    'The analysis covered patients who developed CRS after Kymriah.',
    // Examples of a denied phrase are denied too.
    'CAR-T therapy is approved for several blood cancers but not for any solid tumors, including sarcoma.',
    'CAR-T products are approved for blood cancers but not for solid tumors such as glioblastoma.',
    // Gapped coordination: each product takes the conditions of its own conjunct.
    'Tecartus is approved for mantle cell lymphoma and B-cell ALL, and Abecma for multiple myeloma.',
    // Collective reading: the products together cover the conditions.
    'Kymriah and Abecma are approved for leukemia and myeloma.',
    'Breyanzi is approved for FL grade 3B.',
    'Yescarta is approved for PMBCL.',
    'Kymriah is approved for ALL in patients up to 25 years of age.',
    'Talquetamab was FDA-approved in August 2023.',
    // Its FDA approvals are not declared complete: a 2021 approval for another disease would not be on record.
    'Talquetamab was FDA-approved in 2021.',
    'The FDA first approved tocilizumab in 2010, for rheumatoid arthritis.',
    // A month without a year takes the sentence's one year; with several subjects, each takes the date after it.
    'In 2017, the FDA approved Kymriah in August and Yescarta in October.',
    'Carvykti was approved in 2022, in February, after a delay.',
    'Obe-cel was approved in November 2024, more than seven years after tisa-cel.',
    'Liso-cel may be approved for myeloma in May 2027.',
    // "is for" said of a study, not of the therapy named after it.
    'This study is for evaluation of HER2-targeted CAR-T cell immunotherapy for pancreatic cancer.',
    // A relative clause with "may" describes candidates; the listed members are not said to be approved.
    'CAR-Ts that may be approved for lupus include Kymriah and Breyanzi.',
    'Products which may be approved for myeloma next include Kymriah.',
    'Breyanzi was approved for CLL in March 2024 and for MCL in May 2024.',
    'Tisa-cel is indicated for B-ALL in patients up to the age of 25.',
    // No NMPA record of Amtagvi: its melanoma approval in China is unknown to the knowledge base, not contradicted.
    "Amtagvi was approved by China's NMPA for melanoma.",
    // The knowledge base declares its NMPA approvals incomplete: an approval not on record is not judged.
    "Kymriah was approved by China's NMPA for gastric cancer.",
    'Yescarta was approved in China in 2021 for large B-cell lymphoma.',
    "China's NMPA approved relma-cel for large B-cell lymphoma.",
    "Yescarta is approved by China's NMPA.",
    'CAR-T is approved in Europe for multiple myeloma.',
    'The European Commission approved Kymriah in August 2018.',
    'Yescarta was first approved in the second-line setting for LBCL in April 2022.',
    'Aucatzyl is not indicated for children.',
    'Yescarta is no longer the only CAR-T approved for follicular lymphoma.',
    'Breyanzi (liso-cel) is approved for marginal zone lymphoma.',
    'CAR-T for NETs remains restricted to clinical trials.',
    'Tecartus is limited to adults with B-ALL.',
    // An adverb in the verb group of a use cue: still judged, and true here.
    'Abecma is currently limited to patients who have had two or more prior lines of therapy.',
    'Breyanzi can now be used after two or more prior lines in follicular lymphoma.',
    'Yescarta can be used as a second-line treatment for large B-cell lymphoma.',
    // A named product's present-tense "treats" states its indication; more patients, a class or a mechanism do not.
    'Whereas Abecma treats myeloma, Breyanzi treats lymphoma.',
    'Yescarta treats more patients than Kymriah.',
    'No approved CAR-T treats a solid tumor.',
    // Each listed product claims only the population between it and the next product.
    'The FDA approved tisagenlecleucel for children and brexucabtagene autoleucel (brexu-cel) for adults.',
    'Results followed approval of tisa-cel for pediatric/young adult patients and brexu-cel for adults.',
    // A wh-word whose gap is at a stranded preposition: a topic, not "not approved at all".
    'What Kymriah is not approved for',
    'This page lists which conditions Breyanzi is approved for.',
    // A negatively quantified subject after "and" opens its own clause: its negation is not the other conjunct's.
    'Everolimus slows tumour growth, and no CAR T-cell therapy is approved for neuroendocrine tumours.',
    'In NETs, lanreotide is used and none of the CAR-T products is approved.',
    // A later clause speaks in the frame the sentence opens with.
    'For synovial sarcoma, Tecelra is an option, and no CAR T-cell therapy is approved.',
    'For NETs, somatostatin analogues remain standard; no CAR-T is approved.',
    // A fronted partitive names the set a choice is made from: its members are not the claim's subjects.
    'Of Breyanzi and Aucatzyl, only Breyanzi is approved for CLL.',
    'CAR-T changed care in B-ALL, with FDA approval of tisa-cel for children and brexu-cel (Tecartus) for adults.',
    'Yescarta can be given after one prior line of therapy for LBCL.',
    'The ethics committee approved the Breyanzi study protocol in 2016.',
    'Kymriah’s 2022 FL approval came after Yescarta’s.',
    // A regulator's possessive before a dated approval noun is its agent: the date is the approval's.
    "The FDA's 2017 approval of Kymriah changed paediatric leukaemia care.",
    "The FDA's 2024 approval of Breyanzi for follicular lymphoma widened its use.",
    'Kymriah was approved with a boxed warning that the FDA revised in 2025.',
    'Tecartus, approved in July 2020 for MCL, is also indicated for adults with B-cell precursor ALL.',
    'Dexamethasone is used to treat ICANS.',
    'Tecartus can be given to adults with relapsed B-cell precursor ALL.',
    'CAR-Ts directed against BCMA are approved for multiple myeloma.',
    'In the United States, satricabtagene autoleucel is still investigational.',
    'Tecartus was approved in July 2020 for adults with mantle cell lymphoma, and Breyanzi gained an MCL indication in May 2024.',
    'Abecma, approved in March 2021, was joined by Carvykti a year later.',
    'The FDA cleared the IND for CHM-2101.',
    'Axicabtagene ciloleucel was approved in April 2022 for large B-cell lymphoma that is refractory to first-line chemoimmunotherapy.',
    'Breyanzi is approved for large B-cell lymphoma that relapsed within 12 months of first-line therapy.',
    'Breyanzi is a second-line option for large B-cell lymphoma in adults who are not eligible for transplant.',
    'Abecma is approved for multiple myeloma, which could one day extend to lymphoma if trials succeed.',
    'Carvykti has become a second-line treatment for lenalidomide-refractory multiple myeloma.',
    'There are no FDA-approved CAR T products for neuroendocrine tumours, and CAR-T therapy for NETs remains investigational.',
    'Tecartus is approved for adults with ALL but not for children.',
    'Yescarta is approved for adults, not children.',
    "Kymriah's approved indications include B-cell ALL, LBCL and follicular lymphoma.",
    'The company plans to seek FDA approval of satri-cel.',
    'Whether CAR-T will be approved for NETs remains unknown.',
    'Octreotide is labeled for symptom control in carcinoid syndrome.',
    'Kymriah (tisagenlecleucel) was approved in 2017 for pediatric and young adult ALL [1].',
    'It would require new trials before CAR-T could be approved for NETs.',
    'Yescarta is approved for large B-cell lymphoma and follicular lymphoma.',
    'Abecma and Carvykti are approved for multiple myeloma.',
    'The FDA approved Kymriah in August 2017 for B-cell ALL.',
    'Kymriah is not approved for mantle cell lymphoma.',
    'Neither Kymriah nor Yescarta is approved for multiple myeloma.',
    'No CAR-T has been approved for pancreatic NETs.',
    'Tecartus is approved for adults with mantle cell lymphoma.',
    'Breyanzi was approved for CLL in March 2024.',
    'Carvykti is approved after at least one prior line of therapy.',
    'Yescarta is approved for second-line large B-cell lymphoma.',
    'Kymriah is approved for patients up to 25 years of age with ALL.',
    'Lutathera is approved for children 12 years and older with GEP-NETs.',
    'Cabozantinib was approved for pancreatic NETs in 2025.',
    'Everolimus is approved for breast cancer.',
    'Satri-cel was approved in China in 2026.',
    'Satri-cel is not FDA-approved.',
    'Kymriah is not indicated for primary CNS lymphoma.',
    'Kymriah is approved for B-ALL, not for multiple myeloma.',
    'CAR-T is approved for B-cell lymphomas and multiple myeloma.',
    'CAPTEM is an off-label regimen for pancreatic NETs.',
    'Anito-cel is investigational and under FDA review.',
    'Could Abecma be approved for lymphoma one day?',
    'Some articles incorrectly state that Kymriah is approved for myeloma.',
    'Anito-cel may be approved by the FDA in December 2026.',
    'If approved, anito-cel would be the third BCMA CAR-T.',
    'As of 2026, no CAR-T is FDA-approved for a solid tumor.',
    'All FDA-approved CAR-T products are autologous.',
    'Kymriah has FDA approval in follicular lymphoma.',
    'Several CAR T products have FDA approval in large B-cell lymphoma.',
    'Everolimus is approved for non-functional NETs of lung origin.',
    'Is Yescarta approved for multiple myeloma?',
    'Some blogs falsely claim that Kymriah is approved for myeloma.',
    '"Kymriah is approved for myeloma" is a common misconception.',
    // A quotation closed by a critic, by more than its source and a plain speech verb, or relaying a true statement.
    '"Kymriah is approved for myeloma," critics said.',
    '"Kymriah is approved for myeloma," said Dr Smith, a skeptic.',
    '"Tecartus is now approved for adults with B-cell ALL," investigators said.',
    'Carvykti may one day be approved for lymphoma.',
    'Abecma is not approved for lymphoma.',
    'Neither Tecartus nor Aucatzyl is approved for children.',
    'Tecartus is approved for adults with relapsed or refractory B-cell ALL.',
    'Lanreotide was approved in 2014 for GEP-NETs.',
    "Satri-cel was approved by China's NMPA in 2026.",
    'Cabozantinib has been approved for NETs since 2025.',
    '## Kymriah and multiple myeloma',
    'Yescarta was approved in October 2017.',
    'Breyanzi received FDA approval for CLL in March 2024.',
    'Tocilizumab is approved for CRS in patients 2 years and older.',
    'Everolimus is approved for progressive pancreatic NETs.',
    'Kymriah is approved for adults with relapsed or refractory follicular lymphoma.',
    'Ebvallo is not FDA-approved.',
    'If approved, anito-cel would be the third BCMA-directed CAR-T.',
    'Yescarta, Breyanzi and Kymriah are approved for large B-cell lymphoma.',
    'All FDA-approved CAR-Ts are for blood cancers.',
    'As of October 2026, seven CAR-T products are FDA-approved.',
    'Tocilizumab was FDA-approved for CRS on the same day as Kymriah.',
    'CAR-T indications exclude primary CNS lymphoma.',
    'Kymriah is approved for children and young adults with ALL.',
    // Its ALL population is pediatric and young adult (the record's youngAdultsOnly): "children only" holds there.
    'Kymriah is approved for ALL in pediatric patients only.',
    'For ALL, Kymriah is limited to paediatric patients.',
    'Abecma has FDA approval in multiple myeloma.',
    'The FDA approved Breyanzi for mantle cell lymphoma in May 2024.',
    'Kymriah is approved for patients up to 25 years of age with B-cell ALL.',
    'Breyanzi is approved for second-line large B-cell lymphoma.',
    'Critics say Kymriah is completely safe, but the label carries boxed warnings.',
    'Satri-cel might be approved by the FDA in the future.',
    'Was Kymriah first approved in 2017?',
    'Amtagvi is not a CAR-T.',
    'Lanreotide is approved for GEP-NETs.',
    '### Approvals in multiple myeloma',
    'Tecartus was approved for adult B-cell ALL in October 2021.',
    // An approval decided, voted on or asked for, and label wording in an aside after an application, are no approval.
    'An approval decision on anito-cel in multiple myeloma is due by December 2026.',
    'FDA advisers voted in favour of approval of anito-cel for multiple myeloma.',
    'The FDA accepted the sBLA for Yescarta, indicated for mantle cell lymphoma.',
    'The PDUFA date for approval of Yescarta in mantle cell lymphoma is in 2027.',
    "The agency's decision on Yescarta, indicated for mantle cell lymphoma, is due in 2027.",
    'Approval of Yescarta in mantle cell lymphoma is under FDA review.',
    // A bare date in parentheses right after an attributive approval's phrase dates that approval.
    'The FDA-approved Kymriah (2017) targets CD19.',
    'US WorldMeds bought the FDA-approved therapy Tecelra (2024) in 2025.',
    // A correction of a source's statement: the source's clause is not the writer's.
    'An earlier version of this story said Carvykti was approved in 2021; it was approved on February 28, 2022.',
    "Some reviews list Yescarta's follicular lymphoma approval under 2022, although it was granted on March 5, 2021.",
    'One leaflet said Carvykti was approved in 2021; the FDA approved it in February.',
    // An opening concessive clause ends at its comma, whatever its verb: its subjects are not the main clause's.
    'Even though Tecartus and Yescarta both come from Kite, only Tecartus is approved for mantle cell lymphoma.',
    'Tecelra and Amtagvi are approved for synovial sarcoma and melanoma, respectively.',
    // A condition in a relative clause after the approval belongs to that clause, not to the approval.
    'FDA-approved CAR-T products deplete B cells, which lowers the antibodies that protect against infection.',
    // Patients who "can receive" a product state its indication; a study or expanded access is no label, and a product
    // the patients cannot receive is not the object.
    'Adults with mantle cell lymphoma can receive Tecartus.',
    'Since 2024, adults with CLL have been able to receive lisocabtagene maraleucel.',
    'Adults with lupus can receive Kymriah in a study.',
    'Patients with multiple myeloma can receive Kymriah through expanded access.',
    'Patients with CLL who cannot receive Kymriah can receive Breyanzi.',
    // A hedge in the main clause leaves a non-restrictive relative clause asserted; its own hedge hedges it.
    'You may be offered Kymriah, which is licensed for children with relapsed B-cell ALL.',
    'You might be offered Tecartus because it is approved for mantle cell lymphoma that has come back.',
    // A "when did/was" question presupposes the event, after an FAQ's "Q:" label too; a yes/no question asks.
    'Q: When did the FDA approve Kymriah for follicular lymphoma?',
    'Q: Is Abecma approved for lymphoma?',
    // An opening "since/after/following" phrase takes a past approval as given; "before/until" does not.
    "After Breyanzi's approval for follicular lymphoma, the clinic added beds.",
    "Following Tecartus's approval for mantle cell lymphoma, Kite expanded its network.",
    "Until anito-cel's approval for myeloma, patients can get it only in trials.",
    // The class an earlier subject is ordered against is no subject of the approval.
    'A TIL therapy was approved for melanoma in the US before any CAR-T for a solid tumour.',
    // "nod" is an approval only as a regulator's ("FDA nod"), not as a verb.
    'Patients nod when asked about Kymriah for myeloma.',
    'Tecartus won a regulatory nod for mantle cell lymphoma in 2020.',
    // A reason after a hedged clause or a question is given; "since" only before a subject and its verb.
    'Your specialist might choose Tecartus since it is approved for mantle cell lymphoma.',
    'Kymriah might be tried since 2024 for myeloma.',
    'Can my son, who is 15, get Kymriah for his leukaemia, since it is approved for children?',
    // Under a singular subject that could be "it" itself, "it" is not read.
    'The hospital stocks Tecartus because it is approved for myeloma care by the state.',
    'Kymriah can be given to teenagers and young adults with relapsed B-cell ALL.',
    // A negation in the main clause does not reach a temporal clause after it.
    'No REMS was required when Aucatzyl was approved in 2024.',
    'Yescarta is not approved for teenagers with large B-cell lymphoma.',
    'These data suggest that axicabtagene ciloleucel, which is approved as second-line therapy for LBCL, may benefit older patients.',
    'Aucatzyl, which may one day be licensed for children, could be given in a single dose.',
    // "by the end of": the record at the end of that year.
    'By the end of 2021, the FDA had approved Breyanzi and Abecma.',
    // A setting of care is not an indication (data/lexicon/care-setting-words): no approval by setting is on record.
    'No CAR-T is approved for outpatient use.',
    'No CAR-T is approved for use in the outpatient setting.',
    'Kymriah is not approved for home administration.',
    // A subordinate clause of time has its own polarity (data/lexicon/temporal-clause-openers).
    'No REMS was required when Aucatzyl was approved in 2024.',
    // An event clause only dates the main clause: its subject, disease and date are its own (data/lexicon:
    // event-time-openers, event-time-nouns).
    'Tocilizumab gained its CRS label on the same day the FDA approved Kymriah.',
    'Carvykti gained its earlier-line myeloma indication in April 2024, the month in which Abecma was approved for third-line myeloma.',
    'Tecartus was approved for mantle cell lymphoma in 2020, three years after Yescarta was approved for LBCL.',
    // A main clause with an approval of its own keeps it when its subject is not a name the knowledge base holds: the
    // approval is not lent to the event clause's therapy.
    'An IL-6 receptor blocker gained a CRS indication on the same day the FDA cleared Kymriah.',
    "Roche's antibody won its CRS label the day the FDA approved Kymriah.",
    // A condition that opens its clause as the subject of a participle of occurrence is a harm the therapy is tied to
    // (data/lexicon/harm-occurrence-links), whatever approval word premodifies the therapy.
    // (Only the condition opening the clause: a later one in a list, "CRS and ICANS have been reported with …", is
    // still read as an indication.)
    'Cytokine release syndrome has been reported with every approved CAR-T, Carvykti included.',
    'Secondary T-cell malignancies are associated with approved CAR-Ts such as Breyanzi.',
    // A condition right after the standard of a "same … as" comparison is the standard's approval.
    'Kymriah, which the FDA approved on the same day as tocilizumab for CRS, was the first CAR-T.',
    'Breyanzi was approved in the same year as Abecma for multiple myeloma.',
    // An exclusion predicate denies the approval its noun phrase names; a disease in that phrase describes it
    // (data/lexicon/exclusion-predicates).
    "Primary CNS lymphoma lies outside Breyanzi's approved indications.",
    "PCNSL is excluded from Yescarta's lymphoma indication.",
    // A drug in a modifier of the object is not a subject (data/lexicon/therapy-modifier-adjectives).
    'Lanreotide is approved for GEP-NETs, including tumours that progressed on everolimus-based therapy.',
    'Tocilizumab is approved for CAR T cell-induced CRS, including steroid refractory cases.',
    // A negated gap denies the comparison, not the approval.
    'Breyanzi was not approved two years before Kymriah.',
    // A future year is not judged; a range's end and a date's day are neither the approval's date nor an age.
    'As of 2031, CAR-T therapy is approved for lupus in the model.',
    'We reviewed every CAR-T product approved through 31 March 2023.',
    'Data cover CAR-T approvals up to 30 June 2024.',
    // "the approved labeling" presupposes an approval it does not name.
    'Janssen does not recommend the use of Carvykti in a manner that is inconsistent with the approved labeling.',
    // A disease that is never a cancer and that the knowledge base does not list: denied, placed under a regulator
    // whose record is incomplete, or beside a known disease that is the object, it is not judged.
    'Carvykti is not approved for psoriasis.',
    'In Japan, Yescarta is approved for rheumatoid arthritis.',
    'Yescarta is approved for patients with rheumatoid arthritis who have large B-cell lymphoma.',
    // "only" with an age the label bears out, or a label that differs by regulator; "the only CAR-T" restricts the
    // subject, not the ages.
    'In the EU, Aucatzyl is authorised only for adults 26 years of age and older.',
    'The FDA approved Kymriah for B-ALL only in patients up to 25 years of age.',
    'Kymriah is the only CAR-T approved for children under 18.',
    'Aucatzyl is approved only for adults 26 years and older.',
    'Kymriah remains the only one approved for children.',
    // "first" counting a patient's relapses says nothing of the approval (data/lexicon/not-a-first-nouns).
    'Breyanzi was approved in June 2022 for adults whose first large B-cell lymphoma relapse came within a year.',
    // A time phrase whose object is another event is that event's clause: its disease, date and "first" are not the
    // main clause's (data/lexicon/dated-event-nouns).
    'Breyanzi gained its mantle cell lymphoma indication in May 2024, two weeks after its follicular lymphoma approval.',
    'Yescarta was approved for follicular lymphoma in March 2021, more than three years after its first lymphoma approval.',
    "Carvykti was approved in February 2022, a month before the anniversary of Abecma's approval.",
    "Before Breyanzi's CLL approval in March 2024, no CAR-T was approved for CLL.",
    'Since its approval for mantle cell lymphoma in July 2020, Tecartus has also been approved for adult ALL.',
    // A list of as many dates as the therapies named pairs them in order, with or without "respectively"; a drug is an
    // item beside a product; with several subjects and dates and none of its own, a subject's date is not judged.
    'Kymriah and Yescarta were approved in August and October 2017, respectively.',
    'Amtagvi and Tecelra were approved in February and August 2024, respectively, both for solid tumours.',
    'The two BCMA products, Abecma (ide-cel) and Carvykti (cilta-cel), were first approved in 2021 and 2022.',
    'Kymriah, Yescarta and Tecartus were approved in 2017, 2017 and 2020.',
    'Kymriah got FDA approval before Yescarta (Aug vs Oct 2017).',
    'Tocilizumab and Kymriah were approved on the same day, 30 August 2017, for CRS and ALL respectively.',
    // A date right after the therapy an order word sets the subject against is that therapy's.
    'Of the two BCMA products, Carvykti was the second approved, after Abecma in 2021.',
    // A name inside a longer name (a device the drug coats) is not the drug.
    'Everolimus-eluting stents are used in cardiology and have no NET indication.',
    // A fronted subordinate clause and the main clause after its comma each have their own polarity.
    'Since the FDA has twice declined to approve tab-cel, US patients cannot get it as a licensed product.',
    'As the FDA declined to approve tab-cel, patients cannot get it as a licensed product.',
    // A disease named again in the clause is the same patients' disease, with their population.
    "Patients aged 26 or older with ALL are not covered by Kymriah's ALL approval.",
    // A negation in a relative clause on the patients is theirs, not the approval's.
    'Patients whose lymphoma did not respond to chemotherapy can receive Yescarta.',
    'Patients with lymphoma that did not respond to chemotherapy can receive Yescarta.',
    'People whose myeloma came back after four treatments can get Carvykti.',
    // A lone spaced dash before a statement of its own (a subject and a finite verb, or a denial) ends the clause: what
    // follows has its own regulator and polarity. A dateline before one frames it.
    'Satricabtagene autoleucel cleared in China in June 2026 — the FDA has not approved any CAR-T for gastric cancer.',
    'Lifileucel approved for melanoma in 2024 — still no CAR-T approved by the FDA for any solid tumor.',
    'Lisocabtagene maraleucel approved for marginal zone lymphoma in December 2025 — no CAR-T had been approved for MZL before.',
    // "before" with no date of its own is just before the date an earlier clause names.
    'Lisocabtagene maraleucel was approved for marginal zone lymphoma in December 2025; no CAR-T had been approved for MZL before.',
    'Idecabtagene vicleucel was approved in 2021; no CAR-T had been approved for myeloma before that.',
    // A clause whose subject is denied ("nobody", "no source", "none of") has its own polarity before ", and" and a
    // subject with its verb, whatever its verb.
    'Nobody on the panel objected, and the FDA has not approved any CAR-T for neuroendocrine tumors.',
    'None of the reviewers disagreed, and ciltacabtagene autoleucel has never been approved as a first-line therapy.',
    // "the very day X was cleared" dates the main clause; its therapy and indication are not the event's.
    'Tocilizumab got its CRS indication the very day tisagenlecleucel was cleared, in 2017.',
    // An opening past event whose subject the main clause takes up ("it") is a clause of its own.
    'After obecabtagene autoleucel was approved in 2024, it was never approved for children.',
    // A statement aside keeps its "first" and its line when the clause states an approval outside it.
    'Idecabtagene vicleucel, whose first approval did not cover patients with only two prior lines, was approved in March 2021.',
    // "indication" in the sense of a sign names no approval.
    'The first trial of CAR T-cell therapy in neuroendocrine tumors has advanced, an indication of progress.',
    'The trial of CAR T-cell therapy in neuroendocrine tumors has advanced, an indication that it works.',
    // "upfront" of a deal's money is no line of therapy.
    'Adaptimmune sold afamitresgene autoleucel, its FDA-approved sarcoma therapy, to US WorldMeds for $55 million in upfront cash.',
    // A report the writer denies in the same sentence ("; it is not (…)", "; it was not, …") is not the writer's claim.
    'The summary states that Yescarta is approved first-line for LBCL; it is not (ZUMA-7 was second-line), and the table needs fixing.',
    'One reviewer writes that Breyanzi was approved in 2019; it was not, the first approval came in February 2021.',
    // A report the speaker corrects in a coordinated clause ("…, then corrected herself: …").
    'She first wrote that Abecma was approved in 2020, then corrected herself: March 2021.',
    // ", when … not yet approved" after a date states the state during that date.
    'The glossary dates from 2020, when Carvykti was not yet approved.',
  ],
  invalid: [
    // The main clause's own date after an opening event clause is judged.
    {
      text: 'Until Yescarta arrived in 2017, Kymriah was approved for ALL in 2015.',
      errors: [
        { messageId: 'dateDiffers', text: 'Until Yescarta arrived in 2017, Kymriah was approved for ALL in 2015.' },
      ],
    },
    // An aside that affirms an approval by a regulator places a clause that names none; a regulator of the clause's
    // own wins over an aside's.
    {
      text: 'Kymriah, approved by the FDA in 2017, is indicated for myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah, approved by the FDA in 2017, is indicated for myeloma.' }],
    },
    {
      text: 'Carvykti, which the EU approved later, is FDA-approved for lymphoma.',
      errors: [
        { messageId: 'notApproved', text: 'Carvykti, which the EU approved later, is FDA-approved for lymphoma.' },
      ],
    },
    // Words after a quantified subject that do not narrow its set (data/lexicon/unrestricting-postmodifiers), and a
    // place, leave it resolved.
    {
      text: 'No CAR-T of any kind is approved for myeloma.',
      errors: [{ messageId: 'membersApproved', text: 'No CAR-T of any kind is approved for myeloma.' }],
    },
    {
      text: 'No CAR-T in the US is approved for myeloma.',
      errors: [{ messageId: 'membersApproved', text: 'No CAR-T in the US is approved for myeloma.' }],
    },
    // A label covering, listing or holding a use states the use, as "is approved for".
    {
      text: "Kymriah's label covers multiple myeloma.",
      errors: [{ messageId: 'notApproved', text: "Kymriah's label covers multiple myeloma." }],
    },
    {
      text: "Aucatzyl's label allows children to receive it.",
      errors: [{ messageId: 'populationDiffers', text: "Aucatzyl's label allows children to receive it." }],
    },
    {
      text: "Carvykti's label was extended to cover large B-cell lymphoma.",
      errors: [{ messageId: 'notApproved', text: "Carvykti's label was extended to cover large B-cell lymphoma." }],
    },
    {
      text: "Myeloma is on Yescarta's label.",
      errors: [{ messageId: 'notApproved', text: "Myeloma is on Yescarta's label." }],
    },
    {
      text: "Breyanzi's label lists children with large B-cell lymphoma.",
      errors: [{ messageId: 'populationDiffers', text: "Breyanzi's label lists children with large B-cell lymphoma." }],
    },
    {
      text: "Abecma's label covers patients after a single prior line of therapy.",
      errors: [
        { messageId: 'lineDiffers', text: "Abecma's label covers patients after a single prior line of therapy." },
      ],
    },
    {
      text: "Tocilizumab's label covers ICANS after CAR-T.",
      errors: [{ messageId: 'notApproved', text: "Tocilizumab's label covers ICANS after CAR-T." }],
    },
    {
      text: 'No CAR-T is approved for multiple myeloma, which is why her doctors offered a second transplant instead.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'No CAR-T is approved for multiple myeloma, which is why her doctors offered a second transplant instead.',
        },
      ],
    },
    {
      text: 'Aucatzyl is the CAR-T for children with leukemia.',
      errors: [{ messageId: 'populationDiffers', text: 'Aucatzyl is the CAR-T for children with leukemia.' }],
    },
    {
      text: 'Carvykti is a CAR-T for lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Carvykti is a CAR-T for lymphoma.' }],
    },
    {
      text: 'Use of Yescarta is confined to multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Use of Yescarta is confined to multiple myeloma.' }],
    },
    {
      text: 'In 2016, Kymriah, the first CAR-T, was approved.',
      errors: [{ messageId: 'firstApprovedIn', text: 'In 2016, Kymriah, the first CAR-T, was approved.' }],
    },
    // A negative quantifier with an exception still denies the predicate of the rest of its class.
    {
      text: 'No drug but siltuximab is approved for CRS.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'No drug but siltuximab is approved for CRS.',
          message: /^Tocilizumab is FDA-approved for cytokine release syndrome/,
        },
      ],
    },
    {
      text: 'Nothing but Kymriah is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'Nothing but Kymriah is approved for multiple myeloma.',
          message: /^Abecma, Carvykti/,
        },
      ],
    },
    {
      text: 'No CAR-T except Tecartus is approved for children.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'No CAR-T except Tecartus is approved for children.',
          message: /^Kymriah is FDA-approved/,
        },
      ],
    },
    // A plain "indication" denied is still an approval denied.
    {
      text: 'CAR-T has no indication for large B-cell lymphoma.',
      errors: [{ messageId: 'membersApproved', text: 'CAR-T has no indication for large B-cell lymphoma.' }],
    },
    // A parenthesis after a sign is still judged on its own.
    {
      text: 'Oncology Cell Therapy Clinic -> Room 4 (Kymriah is approved for melanoma)',
      errors: [
        { messageId: 'notApproved', text: 'Oncology Cell Therapy Clinic -> Room 4 (Kymriah is approved for melanoma)' },
      ],
    },
    // An approval stated beside a designation or a trial is still judged.
    {
      text: 'Kymriah received accelerated approval for multiple myeloma indications.',
      errors: [
        { messageId: 'notApproved', text: 'Kymriah received accelerated approval for multiple myeloma indications.' },
      ],
    },
    {
      text: 'Tecartus, approved for pediatric ALL, also holds an RMAT designation for another indication.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Tecartus, approved for pediatric ALL, also holds an RMAT designation for another indication.',
        },
      ],
    },
    {
      text: 'Approvals: Kymriah has a second-line LBCL indication.',
      errors: [{ messageId: 'lineDiffers', text: 'Approvals: Kymriah has a second-line LBCL indication.' }],
    },
    // Objects with nothing between them share the adjunct after them; one set apart keeps its own.
    {
      text: 'In 2017 the FDA approved Kymriah and Yescarta for multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'In 2017 the FDA approved Kymriah and Yescarta for multiple myeloma.',
          message: /^Kymriah is not FDA-approved for multiple myeloma/,
        },
        {
          messageId: 'notApproved',
          text: 'In 2017 the FDA approved Kymriah and Yescarta for multiple myeloma.',
          message: /^Yescarta is not FDA-approved for multiple myeloma/,
        },
      ],
    },
    {
      text: 'The FDA approved Kymriah and, on the same day, anakinra for CAR T cell-induced CRS.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'The FDA approved Kymriah and, on the same day, anakinra for CAR T cell-induced CRS.',
          message: /^Anakinra is not FDA-approved for cytokine release syndrome/,
        },
      ],
    },
    {
      text: "The FDA's 2021 approval of Breyanzi for follicular lymphoma widened its use.",
      errors: [
        {
          messageId: 'dateDiffers',
          text: "The FDA's 2021 approval of Breyanzi for follicular lymphoma widened its use.",
          message: /^Breyanzi was FDA-approved for follicular lymphoma in May 2024, not 2021/,
        },
      ],
    },
    {
      text: "The FDA's 2020 approval of Abecma was delayed.",
      errors: [{ messageId: 'dateDiffers', text: "The FDA's 2020 approval of Abecma was delayed." }],
    },
    {
      text: 'FDA-approved CAR-Ts for multiple myeloma: none',
      errors: [{ messageId: 'membersApproved', text: 'FDA-approved CAR-Ts for multiple myeloma: none' }],
    },
    {
      text: 'Kymriah is licensed to treat multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah is licensed to treat multiple myeloma.' }],
    },
    {
      text: 'By the time our unit opened in 2019, Carvykti had been approved for myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'By the time our unit opened in 2019, Carvykti had been approved for myeloma.',
          message: /^As of Dec 2019: Carvykti is not approved for myeloma/,
        },
      ],
    },
    {
      text: 'He joined Kite in 2014, the year Yescarta was approved.',
      errors: [{ messageId: 'dateDiffers', text: 'He joined Kite in 2014, the year Yescarta was approved.' }],
    },
    {
      text: 'There are zero FDA-approved CAR-T therapies for multiple myeloma.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'There are zero FDA-approved CAR-T therapies for multiple myeloma.',
          message: /^Abecma and Carvykti are FDA-approved for multiple myeloma/,
        },
      ],
    },
    {
      text: 'The ICE score runs from zero to ten, and Kymriah is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'The ICE score runs from zero to ten, and Kymriah is approved for multiple myeloma.',
        },
      ],
    },
    {
      text: 'Breyanzi trailed Yescarta by more than three years, winning FDA approval in February 2020.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Breyanzi trailed Yescarta by more than three years, winning FDA approval in February 2020.',
          message: /^Breyanzi was FDA-approved in Feb 2021, .* not February 2020\.$/,
        },
      ],
    },
    {
      text: 'Yescarta is sometimes mixed up with Tecartus, a CD19 CAR-T that the FDA approved in 2019.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Yescarta is sometimes mixed up with Tecartus, a CD19 CAR-T that the FDA approved in 2019.',
          message: /^Tecartus was FDA-approved in Jul 2020 .*not 2019\.$/,
        },
      ],
    },
    {
      text: 'MCL → Tecartus, approved in 2020\nMyeloma → Kymriah, approved in 2017',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Myeloma → Kymriah, approved in 2017',
          message: /^Kymriah is not approved for Myeloma/,
        },
      ],
    },
    {
      text: "In 2020, follicular lymphoma was added to Yescarta's label.",
      errors: [
        {
          messageId: 'dateDiffers',
          text: "In 2020, follicular lymphoma was added to Yescarta's label.",
          message: /Mar 2021, not 2020/,
        },
      ],
    },
    {
      text: 'Multiple myeloma went onto the Breyanzi label.',
      errors: [{ messageId: 'notApproved', text: 'Multiple myeloma went onto the Breyanzi label.' }],
    },
    {
      text: 'In ICANS, steroids are the only option; tocilizumab is indicated.',
      errors: [{ messageId: 'notApproved', text: 'In ICANS, steroids are the only option; tocilizumab is indicated.' }],
    },
    {
      text: 'Tocilizumab is not indicated for CRS.',
      errors: [{ messageId: 'isApproved', text: 'Tocilizumab is not indicated for CRS.' }],
    },
    {
      text: 'We do not cover tisagenlecleucel for myeloma, for which it is approved.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'We do not cover tisagenlecleucel for myeloma, for which it is approved.',
        },
      ],
    },
    {
      text: 'Tisagenlecleucel is not a TIL product but a CAR-T approved for myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Tisagenlecleucel is not a TIL product but a CAR-T approved for myeloma.',
        },
      ],
    },
    {
      text: 'Afamitresgene autoleucel is approved as upfront therapy for synovial sarcoma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Afamitresgene autoleucel is approved as upfront therapy for synovial sarcoma.',
        },
      ],
    },
    {
      text: 'Multiple myeloma is an indication of neither tisagenlecleucel nor idecabtagene vicleucel.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Multiple myeloma is an indication of neither tisagenlecleucel nor idecabtagene vicleucel.',
        },
      ],
    },
    {
      text: 'Tisagenlecleucel received an indication of relapsed multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Tisagenlecleucel received an indication of relapsed multiple myeloma.',
        },
      ],
    },
    {
      text: 'Idecabtagene vicleucel, whose first approval did not cover patients with only two prior lines, was approved in March 2022.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Idecabtagene vicleucel, whose first approval did not cover patients with only two prior lines, was approved in March 2022.',
        },
      ],
    },
    {
      text: 'After ciltacabtagene autoleucel was approved, it was approved for follicular lymphoma as well.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'After ciltacabtagene autoleucel was approved, it was approved for follicular lymphoma as well.',
        },
      ],
    },
    {
      text: 'Tisagenlecleucel was approved for myeloma the very day tocilizumab was approved.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Tisagenlecleucel was approved for myeloma the very day tocilizumab was approved.',
        },
      ],
    },
    {
      text: 'Nobody on the panel objected, and tisagenlecleucel is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Nobody on the panel objected, and tisagenlecleucel is approved for multiple myeloma.',
        },
      ],
    },
    {
      text: 'Satricabtagene autoleucel cleared in China in June 2026 — the FDA has approved a CAR-T for gastric cancer.',
      errors: [
        {
          messageId: 'noneInClass',
          text: 'Satricabtagene autoleucel cleared in China in June 2026 — the FDA has approved a CAR-T for gastric cancer.',
        },
      ],
    },
    {
      text: 'Ciltacabtagene autoleucel was approved in 2022; no CAR-T had been approved for myeloma before that.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'Ciltacabtagene autoleucel was approved in 2022; no CAR-T had been approved for myeloma before that.',
          message: 'As of Dec 2021: Abecma',
        },
      ],
    },
    {
      text: 'SOMERSET, N.J., February 28, 2021 — The FDA has approved ciltacabtagene autoleucel for relapsed or refractory multiple myeloma.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'SOMERSET, N.J., February 28, 2021 — The FDA has approved ciltacabtagene autoleucel for relapsed or refractory multiple myeloma.',
        },
      ],
    },
    {
      text: 'When axicabtagene ciloleucel was approved in 2017, it was approved for follicular lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'When axicabtagene ciloleucel was approved in 2017, it was approved for follicular lymphoma.',
          message: 'As of Dec 2017',
        },
      ],
    },
    {
      text: 'When brexucabtagene autoleucel was approved, it was approved for multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'When brexucabtagene autoleucel was approved, it was approved for multiple myeloma.',
        },
      ],
    },
    {
      text: "Tisagenlecleucel's indications do not include follicular lymphoma.",
      errors: [{ messageId: 'isApproved', text: "Tisagenlecleucel's indications do not include follicular lymphoma." }],
    },
    {
      text: 'Tisagenlecleucel, whose label does not include myeloma, is approved for mantle cell lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Tisagenlecleucel, whose label does not include myeloma, is approved for mantle cell lymphoma.',
          message: 'Kymriah is not approved for mantle cell lymphoma',
        },
      ],
    },
    {
      text: 'Brexucabtagene autoleucel, which is not indicated for myeloma, is approved for children with MCL.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Brexucabtagene autoleucel, which is not indicated for myeloma, is approved for children with MCL.',
        },
      ],
    },
    {
      text: 'Abecma is not indicated for lymphoma, it is indicated for CLL.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Abecma is not indicated for lymphoma, it is indicated for CLL.',
          message: 'Abecma is not approved for chronic lymphocytic leukemia',
        },
      ],
    },
    {
      text: 'Kymriah is approved for ALL, it is not approved for follicular lymphoma.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Kymriah is approved for ALL, it is not approved for follicular lymphoma.',
          message: 'Kymriah is approved for follicular lymphoma',
        },
      ],
    },
    {
      text: 'Breyanzi is not approved for second-line LBCL, only for third-line and later.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Breyanzi is not approved for second-line LBCL, only for third-line and later.',
          message: 'Breyanzi is approved for large B-cell lymphoma',
        },
      ],
    },
    {
      text: 'Tisagenlecleucel, a CD19-directed product that is not indicated for myeloma, is approved for mantle cell lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Tisagenlecleucel, a CD19-directed product that is not indicated for myeloma, is approved for mantle cell lymphoma.',
          message: 'Kymriah is not approved for mantle cell lymphoma',
        },
      ],
    },
    {
      text: 'Kymriah is approved only for adults, not for patients younger than 18.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Kymriah is approved only for adults, not for patients younger than 18.',
          message: /patients up to 25 years/,
        },
      ],
    },
    {
      text: 'No other CAR-T besides Abecma is approved for myeloma.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'No other CAR-T besides Abecma is approved for myeloma.',
          message: /^Carvykti is FDA-approved for myeloma/,
        },
      ],
    },
    {
      text: 'Abecma is approved for myeloma, but no other CAR-T is approved for myeloma.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'Abecma is approved for myeloma, but no other CAR-T is approved for myeloma.',
          message: /^Carvykti is FDA-approved for myeloma/,
        },
      ],
    },
    {
      text: 'Breyanzi won its MZL approval in 2025. still no FDA-approved CAR-T for lymphoma.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'Breyanzi won its MZL approval in 2025. still no FDA-approved CAR-T for lymphoma.',
          message: /^Kymriah, Yescarta, Tecartus and Breyanzi are FDA-approved for lymphoma/,
        },
      ],
    },
    {
      text: 'Tecartus won a regulatory nod for multiple myeloma in 2020.',
      errors: [{ messageId: 'notApproved', text: 'Tecartus won a regulatory nod for multiple myeloma in 2020.' }],
    },
    {
      text: 'Your specialist might choose Kymriah since it is approved for mantle cell lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Your specialist might choose Kymriah since it is approved for mantle cell lymphoma.',
        },
      ],
    },
    {
      text: 'Is Kymriah an option because it is approved for myeloma?',
      errors: [{ messageId: 'notApproved', text: 'Is Kymriah an option because it is approved for myeloma?' }],
    },
    {
      text: 'Can my son, who is 15, get Tecartus for his leukaemia, since it is approved for children?',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Can my son, who is 15, get Tecartus for his leukaemia, since it is approved for children?',
        },
      ],
    },
    {
      text: "After Abecma's approval for follicular lymphoma, the clinic added beds.",
      errors: [
        { messageId: 'notApproved', text: "After Abecma's approval for follicular lymphoma, the clinic added beds." },
      ],
    },
    {
      text: "Following Kymriah's approval for mantle cell lymphoma, Novartis expanded its network.",
      errors: [
        {
          messageId: 'notApproved',
          text: "Following Kymriah's approval for mantle cell lymphoma, Novartis expanded its network.",
        },
      ],
    },
    {
      text: 'Q: When did the FDA approve Kymriah for multiple myeloma?',
      errors: [{ messageId: 'notApproved', text: 'Q: When did the FDA approve Kymriah for multiple myeloma?' }],
    },
    {
      text: 'Q: Why was Kymriah approved for mantle cell lymphoma?',
      errors: [{ messageId: 'notApproved', text: 'Q: Why was Kymriah approved for mantle cell lymphoma?' }],
    },
    // "it" after a reason conjunction under a person's subject is the product before the conjunction.
    {
      text: 'You might be offered Tecartus because it is approved for multiple myeloma that has come back.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'You might be offered Tecartus because it is approved for multiple myeloma that has come back.',
        },
      ],
    },
    // A denial bounded by a later start is contradicted by an approval dated after the bound only.
    {
      text: 'Kymriah has not been approved since 2022.',
      errors: [{ messageId: 'isApproved', text: 'Kymriah has not been approved since 2022.', message: /May 2022/ }],
    },
    {
      text: 'Kymriah was not approved for follicular lymphoma after 2021.',
      errors: [{ messageId: 'isApproved', text: 'Kymriah was not approved for follicular lymphoma after 2021.' }],
    },
    {
      text: 'Since the REMS ended, tocilizumab is no longer approved for CRS caused by CAR T cells.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Since the REMS ended, tocilizumab is no longer approved for CRS caused by CAR T cells.',
        },
      ],
    },
    // The patients' condition in a relative clause ("whose myeloma relapsed …").
    {
      text: 'Patients whose myeloma relapsed after one earlier treatment can now receive Abecma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Patients whose myeloma relapsed after one earlier treatment can now receive Abecma.',
          message: /not after 1 prior line/,
        },
      ],
    },
    {
      text: 'Adults whose myeloma did not respond to two lines of therapy can receive Kymriah.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Adults whose myeloma did not respond to two lines of therapy can receive Kymriah.',
          message: /Kymriah is not approved for myeloma/,
        },
      ],
    },
    {
      text: 'Kymriah and Yescarta were approved in October and August 2017, respectively.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Kymriah and Yescarta were approved in October and August 2017, respectively.',
          message: /^Kymriah .* not October 2017\.$/,
        },
        {
          messageId: 'dateDiffers',
          text: 'Kymriah and Yescarta were approved in October and August 2017, respectively.',
          message: /^Yescarta .* not August 2017\.$/,
        },
      ],
    },
    {
      text: 'Kymriah, Yescarta and Tecartus were approved in 2017, 2020 and 2017.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Kymriah, Yescarta and Tecartus were approved in 2017, 2020 and 2017.',
          message: /^Yescarta .* not 2020\.$/,
        },
        {
          messageId: 'dateDiffers',
          text: 'Kymriah, Yescarta and Tecartus were approved in 2017, 2020 and 2017.',
          message: /^Tecartus .* not 2017\.$/,
        },
      ],
    },
    // A condition as the subject of an indication, or after "approved for", is still an indication.
    {
      text: 'Cytokine release syndrome is an approved indication for Carvykti.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Cytokine release syndrome is an approved indication for Carvykti.',
          message: /^Carvykti is not approved for cytokine release syndrome/i,
        },
      ],
    },
    // The event clause's therapy is still judged with its own disease, and a condition before the standard is the
    // subject's.
    {
      text: 'An IL-6 receptor blocker gained a CRS indication on the same day the FDA cleared Kymriah for myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'An IL-6 receptor blocker gained a CRS indication on the same day the FDA cleared Kymriah for myeloma.',
          message: /^Kymriah is not FDA-approved for myeloma/,
        },
      ],
    },
    {
      text: 'Breyanzi was approved for multiple myeloma in the same year as Abecma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Breyanzi was approved for multiple myeloma in the same year as Abecma.',
          message: /^Breyanzi is not approved for multiple myeloma/,
        },
      ],
    },
    {
      text: 'Tocilizumab and Kymriah were approved on the same day for ALL and CRS, respectively.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Tocilizumab and Kymriah were approved on the same day for ALL and CRS, respectively.',
          message: /^Kymriah is not approved for cytokine release syndrome/,
        },
      ],
    },
    {
      text: 'Carvykti was approved in 2021, after Abecma in 2020.',
      errors: [{ messageId: 'dateDiffers', text: 'Carvykti was approved in 2021, after Abecma in 2020.' }],
    },
    {
      text: 'Everolimus has no NET indication.',
      errors: [{ messageId: 'isApproved', text: 'Everolimus has no NET indication.' }],
    },
    {
      text: 'Since the FDA approved it, tab-cel is a licensed product.',
      errors: [{ messageId: 'notApproved', text: 'Since the FDA approved it, tab-cel is a licensed product.' }],
    },
    {
      text: "Patients aged 26 or older with ALL are covered by Kymriah's ALL approval.",
      errors: [
        {
          messageId: 'populationDiffers',
          text: "Patients aged 26 or older with ALL are covered by Kymriah's ALL approval.",
        },
      ],
    },
    // The statement after a negative answer is judged on its own.
    {
      text: 'Not for lymphoma: Tecartus is approved for multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Not for lymphoma: Tecartus is approved for multiple myeloma.' }],
    },
    {
      text: 'Myeloma is an indication of Kymriah.',
      errors: [{ messageId: 'notApproved', text: 'Myeloma is an indication of Kymriah.' }],
    },
    {
      text: 'Kymriah is approved for ALL in patients over 25.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Kymriah is approved for ALL in patients over 25.',
          message: /not patients 26 years and older\.$/,
        },
      ],
    },
    {
      text: 'Lutathera is approved for GEP-NETs in patients younger than 12 years.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Lutathera is approved for GEP-NETs in patients younger than 12 years.',
          message: /not patients under 12\.$/,
        },
      ],
    },
    // After a plural class, "like" gives examples, which are claimed.
    {
      text: 'CAR-Ts like Kymriah are approved for myeloma.',
      errors: [{ messageId: 'notApproved', text: 'CAR-Ts like Kymriah are approved for myeloma.' }],
    },
    {
      text: 'Obe-cel, like Kymriah, was approved for myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Obe-cel, like Kymriah, was approved for myeloma.' }],
    },
    {
      text: "Kymriah's ALL approval covers patients aged 26 or older.",
      errors: [{ messageId: 'populationDiffers', text: "Kymriah's ALL approval covers patients aged 26 or older." }],
    },
    {
      text: "Kymriah's approval for ALL does not extend to children.",
      errors: [{ messageId: 'isApproved', text: "Kymriah's approval for ALL does not extend to children." }],
    },
    {
      text: 'In 2024 the FDA approved no new CAR-T product.',
      errors: [{ messageId: 'membersApproved', text: 'In 2024 the FDA approved no new CAR-T product.' }],
    },
    {
      text: 'Unlike Kymriah, satri-cel is FDA-approved for gastric cancer.',
      errors: [{ messageId: 'notApproved', text: 'Unlike Kymriah, satri-cel is FDA-approved for gastric cancer.' }],
    },
    // One product's approval said to be on record presupposes it.
    {
      text: "Satri-cel's FDA approval is recorded in 2026.",
      errors: [{ messageId: 'notApproved', text: "Satri-cel's FDA approval is recorded in 2026." }],
    },
    // A regulator the sentence names places it, whatever its dateline.
    {
      text: 'TOKYO, March 2019 — Novartis said the U.S. FDA has approved Kymriah for multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'TOKYO, March 2019 — Novartis said the U.S. FDA has approved Kymriah for multiple myeloma.',
        },
      ],
    },
    {
      text: 'The table shows that satri-cel received FDA approval in 2026.',
      errors: [{ messageId: 'notApproved', text: 'The table shows that satri-cel received FDA approval in 2026.' }],
    },
    // A disease of another kind than any the product is approved for elsewhere.
    {
      text: 'Zevor-cel treats gastric cancer.',
      errors: [{ messageId: 'notApproved', text: 'Zevor-cel treats gastric cancer.' }],
    },
    // A cut-off anywhere in the sentence dates the past perfect.
    {
      text: 'Kymriah had not been approved for ALL by 2018.',
      errors: [{ messageId: 'isApproved', text: 'Kymriah had not been approved for ALL by 2018.' }],
    },
    {
      text: 'No CAR-T had yet been approved for myeloma by 2022.',
      errors: [{ messageId: 'membersApproved', text: 'No CAR-T had yet been approved for myeloma by 2022.' }],
    },
    // No member of the class is approved for the disease anywhere: the default regulator's record judges it.
    {
      text: 'A CAR-T won its first approval for melanoma in June 2026.',
      errors: [{ messageId: 'noneInClass', text: 'A CAR-T won its first approval for melanoma in June 2026.' }],
    },
    {
      text: 'In the United States, a CAR-T is approved for gastric cancer.',
      errors: [{ messageId: 'noneInClass', text: 'In the United States, a CAR-T is approved for gastric cancer.' }],
    },
    {
      text: 'Relma-cel is approved in the United States, but not in Europe.',
      errors: [{ messageId: 'notApproved', text: 'Relma-cel is approved in the United States, but not in Europe.' }],
    },
    {
      text: 'Satri-cel received FDA approval for pancreatic cancer.',
      errors: [{ messageId: 'notApproved', text: 'Satri-cel received FDA approval for pancreatic cancer.' }],
    },
    // An abbreviated date after a comma is still the approval's own when no list item takes it.
    {
      text: 'Kymriah got FDA approval for ALL the same day as tocilizumab, Oct 18 2017.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Kymriah got FDA approval for ALL the same day as tocilizumab, Oct 18 2017.',
          message: /not October 2017\.$/,
        },
      ],
    },
    // A disease heading its own list item after an approval noun is the approval's object.
    {
      text: "Kymriah's approval in ALL, myeloma and FL came in stages.",
      errors: [
        {
          messageId: 'notApproved',
          text: "Kymriah's approval in ALL, myeloma and FL came in stages.",
          message: /^Kymriah is not approved for myeloma/,
        },
      ],
    },
    // Without a verb of its own, the second coordinated complement shares the approval.
    {
      text: 'Anakinra is licensed for rheumatoid arthritis and for refractory CRS.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Anakinra is licensed for rheumatoid arthritis and for refractory CRS.',
          message: /^Anakinra is not approved for cytokine release syndrome \(CRS\)\./,
        },
      ],
    },
    // A predicative approval before the comparison is said of the subject.
    {
      text: 'Arlo-cel is an approved myeloma CAR-T, like Abecma and Carvykti.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Arlo-cel is an approved myeloma CAR-T, like Abecma and Carvykti.',
          message: /^Arlocabtagene autoleucel is not approved/,
        },
      ],
    },
    // "other" makes the subject one of the compared therapies.
    {
      text: 'Like other approved CAR-Ts, anito-cel is given once.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Like other approved CAR-Ts, anito-cel is given once.',
          message: /^Anitocabtagene autoleucel is not approved/,
        },
      ],
    },
    // "not yet" is judged at the temporal clause's date.
    {
      text: 'When Tecartus was approved in July 2020, the FDA had not yet approved Yescarta.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'When Tecartus was approved in July 2020, the FDA had not yet approved Yescarta.',
          message: /^As of Jul 2020: Yescarta is FDA-approved/,
        },
      ],
    },
    // A sequence word after the dated subject leaves the subject's date in place.
    {
      text: 'Yescarta was approved in August 2017, followed by Kymriah.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Yescarta was approved in August 2017, followed by Kymriah.',
          message: /^Yescarta was approved in .*Oct 2017 \(FDA\).*, not August 2017\.$/,
        },
      ],
    },
    // The attributive status word's own phrase is still judged.
    {
      text: 'Talquetamab and the investigational CAR-T obe-cel both target GPRC5D.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Talquetamab and the investigational CAR-T obe-cel both target GPRC5D.',
          message: /^Aucatzyl is approved: B-cell ALL/,
        },
      ],
    },
    // A modifier between a contrastive "not" and its mention leaves the denial.
    {
      text: 'Yescarta is approved for LBCL but not for relapsed follicular lymphoma.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Yescarta is approved for LBCL but not for relapsed follicular lymphoma.',
          message: /^Yescarta is approved for follicular lymphoma: FL \(adults, after ≥2 lines, Mar 2021\)\.$/,
        },
      ],
    },
    // A marker the label's population has leaves the denial contradicted.
    {
      text: 'Kymriah is not approved for CD19-positive lymphoma.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Kymriah is not approved for CD19-positive lymphoma.',
          message: /^Kymriah is approved for lymphoma: LBCL/,
        },
      ],
    },
    // The same value said again endorses the report; a restatement must be of what the report named.
    {
      text: 'Several posts state that Abecma was approved in 2023. The FDA approved it in 2023.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Several posts state that Abecma was approved in 2023.',
          message: /^Abecma was approved in .*, not 2023\.$/,
        },
      ],
    },
    {
      text: 'Several posts state that Abecma was approved in 2023. The FDA approved Carvykti in February 2022.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Several posts state that Abecma was approved in 2023.',
          message: /^Abecma was approved in .*, not 2023\.$/,
        },
      ],
    },
    // The main clause after a "despite" adjunct is still judged.
    {
      text: 'Despite targeting the same antigen as Abecma, Carvykti was approved in 2019.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Despite targeting the same antigen as Abecma, Carvykti was approved in 2019.',
          message: /^Carvykti was approved in .*, not 2019\.$/,
        },
      ],
    },
    // A coordination inside a relative clause does not split the main predicate: its line is the claim's.
    {
      text: 'Breyanzi is indicated for adults with follicular lymphoma that has relapsed or is refractory after one line of therapy.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Breyanzi is indicated for adults with follicular lymphoma that has relapsed or is refractory after one line of therapy.',
          message:
            /^Breyanzi is approved for follicular lymphoma after ≥2 prior lines \(May 2024\), not after 1 prior line\.$/,
        },
      ],
    },
    // A line ordinal before an approval noun is the claimed line.
    {
      text: 'Carvykti has a first-line indication.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Carvykti has a first-line indication.',
          message: /^Carvykti is approved after .*, not in the first line\.$/,
        },
      ],
    },
    // A result clause's own positive claim is judged.
    {
      text: 'Kymriah missed its endpoint in BELINDA, so it is approved in second-line lymphoma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Kymriah missed its endpoint in BELINDA, so it is approved in second-line lymphoma.',
          message: /^Kymriah is approved for lymphoma after ≥2 prior lines .*, not after 1 prior line\.$/,
        },
      ],
    },
    {
      text: 'The currently approved Kymriah (2019) targets CD19.',
      errors: [{ messageId: 'dateDiffers', text: 'The currently approved Kymriah (2019) targets CD19.' }],
    },
    {
      text: 'The panel voted in favor of approval of Yescarta for mantle cell lymphoma, and the FDA approved it in 2020.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'The panel voted in favor of approval of Yescarta for mantle cell lymphoma, and the FDA approved it in 2020.',
        },
      ],
    },
    {
      text: 'The FDA approved the sBLA for Yescarta, indicated for mantle cell lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'The FDA approved the sBLA for Yescarta, indicated for mantle cell lymphoma.',
        },
      ],
    },
    {
      text: "A trade blog gave Abecma's approval date as March 2021; in fact the FDA first approved Abecma in April 2024.",
      errors: [
        {
          messageId: 'firstApprovedIn',
          text: "A trade blog gave Abecma's approval date as March 2021; in fact the FDA first approved Abecma in April 2024.",
        },
      ],
    },
    {
      text: 'Even though Tecartus and Yescarta both come from Kite, only Yescarta is approved for mantle cell lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Even though Tecartus and Yescarta both come from Kite, only Yescarta is approved for mantle cell lymphoma.',
        },
      ],
    },
    // A denied argument of a predicate the label bears out is contradicted.
    {
      text: 'Kymriah was approved for no lymphoma.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Kymriah was approved for no lymphoma.',
          message: 'Kymriah is approved for lymphoma: LBCL (adults, after ≥2 lines, May 2018) and 1 more.',
        },
      ],
    },
    // Without a determiner before it, the cue is the clause's verb and the date is the approval's.
    {
      text: 'The FDA approved the lymphoma therapy Tecartus in 2023.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'The FDA approved the lymphoma therapy Tecartus in 2023.',
          message: 'Tecartus was FDA-approved for lymphoma in Jul 2020, not 2023.',
        },
      ],
    },
    // A hyphenated "no-option" modifies: it does not deny the approval.
    {
      text: 'Abecma is approved for no-option patients with lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Abecma is approved for no-option patients with lymphoma.',
          message: 'Abecma is not approved for lymphoma. It is approved for MM.',
        },
      ],
    },
    // A predicate noun headed by a therapy noun with what it is for states the product's use.
    {
      text: 'Aucatzyl is a prescription medicine used to treat follicular lymphoma.',
      errors: [
        { messageId: 'notApproved', text: 'Aucatzyl is a prescription medicine used to treat follicular lymphoma.' },
      ],
    },
    {
      text: 'Tecartus (brexu-cel) is a medicine used to treat multiple myeloma.',
      errors: [
        { messageId: 'notApproved', text: 'Tecartus (brexu-cel) is a medicine used to treat multiple myeloma.' },
      ],
    },
    {
      text: 'Carvykti, a medicine used to treat lymphoma, is given once.',
      errors: [{ messageId: 'notApproved', text: 'Carvykti, a medicine used to treat lymphoma, is given once.' }],
    },
    {
      text: 'Abecma is a CAR T-cell immunotherapy for people with lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Abecma is a CAR T-cell immunotherapy for people with lymphoma.' }],
    },
    {
      text: 'Myeloma can be treated with Kymriah.',
      errors: [{ messageId: 'notApproved', text: 'Myeloma can be treated with Kymriah.' }],
    },
    {
      text: 'Tecartus gives a new option to people with myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Tecartus gives a new option to people with myeloma.' }],
    },
    {
      text: 'Your doctor may treat you with Abecma for follicular lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Your doctor may treat you with Abecma for follicular lymphoma.' }],
    },
    {
      text: 'You can have Carvykti for follicular lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'You can have Carvykti for follicular lymphoma.' }],
    },
    {
      text: 'Yescarta may be given to you for multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Yescarta may be given to you for multiple myeloma.' }],
    },
    {
      text: 'If you have mantle cell lymphoma, your specialist may recommend Kymriah.',
      errors: [
        { messageId: 'notApproved', text: 'If you have mantle cell lymphoma, your specialist may recommend Kymriah.' },
      ],
    },
    {
      text: 'Your child can receive Aucatzyl for B-cell ALL.',
      errors: [{ messageId: 'populationDiffers', text: 'Your child can receive Aucatzyl for B-cell ALL.' }],
    },
    {
      text: 'Yescarta can be given to adults with large B-cell lymphoma who have not had any earlier treatment.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Yescarta can be given to adults with large B-cell lymphoma who have not had any earlier treatment.',
        },
      ],
    },
    {
      text: 'Carvykti is approved for people with myeloma who have had no treatment.',
      errors: [
        { messageId: 'lineDiffers', text: 'Carvykti is approved for people with myeloma who have had no treatment.' },
      ],
    },
    {
      text: 'Breyanzi is approved as your very first treatment for large B-cell lymphoma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Breyanzi is approved as your very first treatment for large B-cell lymphoma.',
        },
      ],
    },
    {
      text: 'By mid-2024, the FDA had approved Aucatzyl; Breyanzi for MZL came later.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'By mid-2024, the FDA had approved Aucatzyl; Breyanzi for MZL came later.',
          message: 'As of Aug 2024: Aucatzyl is not FDA-approved',
        },
      ],
    },
    {
      text: 'At the time Kymriah was approved in August 2017, it was still restricted to adults.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'At the time Kymriah was approved in August 2017, it was still restricted to adults.',
          message: "As of Aug 2017: Kymriah's approval covers patients up to 25 years, not adults only",
        },
      ],
    },
    {
      text: 'Breyanzi was approved in June 2020 for adults whose first large B-cell lymphoma relapse came within a year.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Breyanzi was approved in June 2020 for adults whose first large B-cell lymphoma relapse came within a year.',
          message: 'Breyanzi was approved for large B-cell lymphoma in Feb 2021 and Jun 2022, not June 2020.',
        },
      ],
    },
    // The main clause's date is judged on its own disease; the event phrase's date on the event's.
    {
      text: 'Breyanzi gained its mantle cell lymphoma indication in May 2022, two weeks after its follicular lymphoma approval.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Breyanzi gained its mantle cell lymphoma indication in May 2022, two weeks after its follicular lymphoma approval.',
          message: 'Breyanzi was approved for mantle cell lymphoma in May 2024, not May 2022.',
        },
      ],
    },
    {
      text: "Kymriah won its FL indication in May 2022, four years after Kymriah's large B-cell lymphoma approval in May 2016.",
      errors: [
        {
          messageId: 'dateDiffers',
          text: "Kymriah won its FL indication in May 2022, four years after Kymriah's large B-cell lymphoma approval in May 2016.",
          message: 'Kymriah was approved for large B-cell lymphoma in May 2018, not May 2016.',
        },
      ],
    },
    // A class restricted by an antigen written apart is named with it.
    {
      text: 'As of 2020, two BCMA CAR-Ts were FDA-approved.',
      errors: [
        {
          messageId: 'noneInClass',
          text: 'As of 2020, two BCMA CAR-Ts were FDA-approved.',
          message: /^As of Dec 2020: No BCMA-directed CAR-Ts are FDA-approved/,
        },
      ],
    },
    // A cut-off in a later clause bounds that clause.
    {
      text: 'Kymriah treats ALL, and before 2021 Kymriah was approved for follicular lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Kymriah treats ALL, and before 2021 Kymriah was approved for follicular lymphoma.',
          message: /^As of Dec 2020: Kymriah is not approved for follicular lymphoma/,
        },
      ],
    },
    {
      text: 'For follicular lymphoma, rituximab is standard, and no CAR T-cell therapy is approved.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'For follicular lymphoma, rituximab is standard, and no CAR T-cell therapy is approved.',
          message: /^Kymriah, Yescarta and Breyanzi are FDA-approved for follicular lymphoma/,
        },
      ],
    },
    {
      text: 'Of Breyanzi and Aucatzyl, only Aucatzyl is approved for CLL.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Of Breyanzi and Aucatzyl, only Aucatzyl is approved for CLL.',
          message: /^Aucatzyl is not approved for chronic lymphocytic leukemia/,
        },
      ],
    },
    {
      text: 'Kymriah is not approved.',
      errors: [{ messageId: 'isApproved', text: 'Kymriah is not approved.', message: /^Kymriah is approved/ }],
    },
    {
      text: 'CAR-T changed care in B-ALL, with FDA approval of tisa-cel for adults and brexu-cel for children.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'CAR-T changed care in B-ALL, with FDA approval of tisa-cel for adults and brexu-cel for children.',
          message: /Tecartus.*covers adults, not children/,
        },
      ],
    },
    {
      text: 'The FDA approved tisagenlecleucel for children and brexucabtagene autoleucel for children.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'The FDA approved tisagenlecleucel for children and brexucabtagene autoleucel for children.',
          message: /Tecartus.*covers adults, not children/,
        },
      ],
    },
    // "may be approved" said of the product itself hedges a stated fact, which stays judged.
    {
      text: 'Kymriah may be approved for multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah may be approved for multiple myeloma.' }],
    },
    // The twins: an exclusion of an approved indication; the main clause or the event clause false.
    {
      text: "Follicular lymphoma is excluded from Kymriah's approved indications.",
      errors: [
        { messageId: 'isApproved', text: "Follicular lymphoma is excluded from Kymriah's approved indications." },
      ],
    },
    {
      text: 'Abecma was approved for lymphoma on the day the FDA approved Yescarta.',
      errors: [
        { messageId: 'notApproved', text: 'Abecma was approved for lymphoma on the day the FDA approved Yescarta.' },
      ],
    },
    {
      text: 'When Carvykti was approved in 2023, Abecma was already on the market.',
      errors: [
        { messageId: 'dateDiffers', text: 'When Carvykti was approved in 2023, Abecma was already on the market.' },
      ],
    },
    // A named product's complete FDA record lists cancers only: it is not approved for a disease that is never one.
    {
      text: 'The FDA has approved Yescarta for rheumatoid arthritis.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'The FDA has approved Yescarta for rheumatoid arthritis.',
          message: 'rheumatoid arthritis',
        },
      ],
    },
    {
      text: 'Breyanzi is licensed in the US for adults with ulcerative colitis.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Breyanzi is licensed in the US for adults with ulcerative colitis.',
          message: 'ulcerative colitis',
        },
      ],
    },
    // "only" with an age the label does not bear out: it covers younger, or older, patients too.
    {
      text: 'In the US, Aucatzyl is approved only for adults 26 years of age and older.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'In the US, Aucatzyl is approved only for adults 26 years of age and older.',
          message: 'not only patients 26 years and older',
        },
      ],
    },
    {
      text: 'The FDA approved Kymriah for B-ALL only in children under 18.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'The FDA approved Kymriah for B-ALL only in children under 18.',
          message: 'not only patients under 18',
        },
      ],
    },
    // An approval by paraphrase (data/lexicon/approval-cues).
    {
      text: 'Yescarta secured FDA sign-off for mantle cell lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Yescarta secured FDA sign-off for mantle cell lymphoma.' }],
    },
    // The twins: "no" before the predicate's own noun phrase still negates it; standard care without a recorded use.
    {
      text: 'There are no approved oncology uses of Kymriah.',
      errors: [{ messageId: 'isApproved', text: 'There are no approved oncology uses of Kymriah.' }],
    },
    {
      text: 'Anakinra is FDA-approved for rheumatoid arthritis (and for ICANS).',
      errors: [
        { messageId: 'notApproved', text: 'Anakinra is FDA-approved for rheumatoid arthritis (and for ICANS).' },
      ],
    },
    {
      text: 'Kymriah remains an experimental option.',
      errors: [{ messageId: 'isApproved', text: 'Kymriah remains an experimental option.' }],
    },
    // A line of a use on record only as off-label or investigational is still an indication claim.
    {
      text: 'Anakinra is the first-line treatment for ICANS.',
      errors: [{ messageId: 'notApproved', text: 'Anakinra is the first-line treatment for ICANS.' }],
    },
    {
      text: 'Kymriah is now the standard treatment for multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah is now the standard treatment for multiple myeloma.' }],
    },
    // Without a setting, a denial of any approval is still judged.
    {
      text: 'No CAR-T is approved for clinical use.',
      errors: [{ messageId: 'membersApproved', text: 'No CAR-T is approved for clinical use.' }],
    },
    {
      text: 'Kymriah was approved for B-cell ALL in 2017, Abecma was approved for follicular lymphoma in 2021.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Kymriah was approved for B-cell ALL in 2017, Abecma was approved for follicular lymphoma in 2021.',
        },
      ],
    },
    // A hedge in a subordinate clause after the main one hedges that clause only.
    {
      text: 'Kymriah is approved for multiple myeloma because doctors may prefer it.',
      errors: [
        { messageId: 'notApproved', text: 'Kymriah is approved for multiple myeloma because doctors may prefer it.' },
      ],
    },
    // The main clause after an opening aside is still judged.
    {
      text: 'Besides Tecartus, Kymriah is approved for multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Besides Tecartus, Kymriah is approved for multiple myeloma.' }],
    },
    // Without one, "approved for any <condition>" claims every kind of it.
    {
      text: 'Amtagvi is FDA-approved for any solid tumor.',
      errors: [{ messageId: 'notForEvery', text: 'Amtagvi is FDA-approved for any solid tumor.' }],
    },
    // A noun cue after a class ("the first CAR-T approval") opens no relative clause.
    {
      text: 'The FDA granted the first CAR-T approval for myeloma to Tecartus.',
      errors: [{ messageId: 'notApproved', text: 'The FDA granted the first CAR-T approval for myeloma to Tecartus.' }],
    },
    // A class after "a"/"an" describes the product: its approval is the product's.
    {
      text: 'Kymriah is a CAR-T approved for multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah is a CAR-T approved for multiple myeloma.' }],
    },
    // The main predicate is still judged of the set a restrictor names.
    {
      text: 'Of the CAR T-cell products approved by the FDA so far, none is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'Of the CAR T-cell products approved by the FDA so far, none is approved for multiple myeloma.',
        },
      ],
    },
    // A known disease beside an unknown one is judged.
    {
      text: 'No CAR-T is FDA-approved for follicular lymphoma or vasculitis.',
      errors: [
        { messageId: 'membersApproved', text: 'No CAR-T is FDA-approved for follicular lymphoma or vasculitis.' },
      ],
    },
    // The class as the subject of its own clause is still judged.
    {
      text: 'Lifileucel is autologous; CAR-T is not approved for leukemia.',
      errors: [{ messageId: 'membersApproved', text: 'Lifileucel is autologous; CAR-T is not approved for leukemia.' }],
    },
    // One subject: the approval holds from that date.
    {
      text: 'Carvykti has been approved by the FDA since 2019.',
      errors: [{ messageId: 'dateDiffers', text: 'Carvykti has been approved by the FDA since 2019.' }],
    },
    // A start more than a year after the first approval on record: the state began earlier than it says.
    {
      text: 'Yescarta has been approved since 2020, so centres know it well.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Yescarta has been approved since 2020, so centres know it well.',
          message: /in Oct 2017 \(FDA\), not since 2020/,
        },
      ],
    },
    {
      text: 'Abecma has been approved for multiple myeloma since 2023.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Abecma has been approved for multiple myeloma since 2023.',
          message: /Mar 2021, not since 2023/,
        },
      ],
    },
    // A denied first approval on the date of the earliest one.
    {
      text: 'Tecartus was not first approved by the FDA in 2020.',
      errors: [
        {
          messageId: 'firstApprovedThen',
          text: 'Tecartus was not first approved by the FDA in 2020.',
          message: /first FDA-approved in Jul 2020/,
        },
      ],
    },
    // A bare date in a parenthesis after the disease is the approval's.
    {
      text: 'Carvykti was approved for multiple myeloma (in March 2025).',
      errors: [{ messageId: 'dateDiffers', text: 'Carvykti was approved for multiple myeloma (in March 2025).' }],
    },
    // The population written on the item's own condition is judged.
    {
      text: 'This approval joins Kymriah, approved for ALL in 2017, and Yescarta, approved for pediatric large B-cell lymphoma in 2017.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'This approval joins Kymriah, approved for ALL in 2017, and Yescarta, approved for pediatric large B-cell lymphoma in 2017.',
        },
      ],
    },
    {
      text: 'The FDA approved Breyanzi for patients with follicular lymphoma who did not respond to first-line chemotherapy.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'The FDA approved Breyanzi for patients with follicular lymphoma who did not respond to first-line chemotherapy.',
        },
      ],
    },
    {
      text: 'Kymriah is approved for patients whose myeloma has come back.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah is approved for patients whose myeloma has come back.' }],
    },
    {
      text: 'Tecartus has been approved for mantle cell lymphoma since 2019.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Tecartus has been approved for mantle cell lymphoma since 2019.',
          message: 'Jul 2020, not since 2019',
        },
      ],
    },
    {
      text: 'At the end of 2022, the FDA approved Abecma.',
      errors: [{ messageId: 'dateDiffers', text: 'At the end of 2022, the FDA approved Abecma.' }],
    },
    {
      text: 'Six CAR-T products are approved, including Carvykti for lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Six CAR-T products are approved, including Carvykti for lymphoma.' }],
    },
    // "patients of all ages" where the label stops at 25 years.
    {
      text: 'Kymriah is approved for B-cell ALL in patients of all ages.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Kymriah is approved for B-cell ALL in patients of all ages.',
          message: 'up to 25 years, not all ages',
        },
      ],
    },
    {
      text: 'Tisagenlecleucel is indicated for B-cell ALL in adults of any age.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Tisagenlecleucel is indicated for B-cell ALL in adults of any age.',
          message: 'not all ages',
        },
      ],
    },
    // A date and a line that belong to two different approvals.
    {
      text: 'The FDA approved Abecma in 2021 for patients after two prior lines of therapy.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'The FDA approved Abecma in 2021 for patients after two prior lines of therapy.',
          message: 'Apr 2024, not 2021',
        },
      ],
    },
    // "as a/their first or initial treatment": the first line, whatever indefinite or possessive determiner.
    {
      text: 'Patients with follicular lymphoma can receive Kymriah as their first treatment.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Patients with follicular lymphoma can receive Kymriah as their first treatment.',
          message: 'not in the first line',
        },
      ],
    },
    {
      text: 'Carvykti is approved as an initial therapy for multiple myeloma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Carvykti is approved as an initial therapy for multiple myeloma.',
          message: 'not in the first line',
        },
      ],
    },
    // Each line once, with its dates; another regulator's date is tagged.
    {
      text: 'Aucatzyl is used as a first treatment for adults newly diagnosed with B-cell ALL.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Aucatzyl is used as a first treatment for adults newly diagnosed with B-cell ALL.',
          message: /after ≥1 prior line \(Nov 2024, Jul 2025 EMA\), not in the first line\.$/,
        },
      ],
    },
    // Each coordinated predicate has its own line: the denied later lines are on record, and the message names the
    // approval given after two lines, not the one after four.
    {
      text: 'Abecma is used first-line and is not indicated after two or more prior lines.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Abecma is used first-line and is not indicated after two or more prior lines.',
          message: /^Abecma is approved: MM \(adults, after ≥2 lines, Apr 2024\)\.$/,
        },
      ],
    },
    // A denial of one line is answered with the approval in that line; named without a regulator, the default
    // regulator's record comes first and each approval says whose it is when another's is listed.
    {
      text: 'Yescarta is not approved for second-line LBCL.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Yescarta is not approved for second-line LBCL.',
          message:
            /^Yescarta is approved for large B-cell lymphoma \(LBCL\): LBCL \(adults, after ≥1 line, Apr 2022\)\.$/,
        },
      ],
    },
    {
      text: 'Yescarta is not approved for LBCL.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Yescarta is not approved for LBCL.',
          message:
            /^Yescarta is approved for large B-cell lymphoma \(LBCL\): LBCL \(FDA, adults, after ≥2 lines, Oct 2017\)/,
        },
      ],
    },
    // Never treated: the first line.
    {
      text: 'Abecma is approved for patients with myeloma that has never been treated.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Abecma is approved for patients with myeloma that has never been treated.',
          message: 'not in the first line',
        },
      ],
    },
    {
      text: 'Obecabtagene autoleucel is a therapy approved by the FDA for the following indication: adults with relapsed or refractory multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Obecabtagene autoleucel is a therapy approved by the FDA for the following indication: adults with relapsed or refractory multiple myeloma.',
        },
      ],
    },
    {
      text: 'For the follicular lymphoma indication, Abecma was approved in 2022.',
      errors: [
        { messageId: 'notApproved', text: 'For the follicular lymphoma indication, Abecma was approved in 2022.' },
      ],
    },
    {
      text: 'The FDA approved Breyanzi for second-line follicular lymphoma and for relapsed large B-cell lymphoma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'The FDA approved Breyanzi for second-line follicular lymphoma and for relapsed large B-cell lymphoma.',
        },
      ],
    },
    {
      text: 'The FDA has approved CAR-T therapies for lymphoma, and a TCR therapy for myeloma.',
      errors: [
        {
          messageId: 'noneInClass',
          text: 'The FDA has approved CAR-T therapies for lymphoma, and a TCR therapy for myeloma.',
        },
      ],
    },
    {
      text: 'No product is FDA-approved for CRS.',
      errors: [{ messageId: 'membersApproved', text: 'No product is FDA-approved for CRS.' }],
    },
    {
      text: 'Carvykti came after Abecma, approved in March 2021 for large B-cell lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Carvykti came after Abecma, approved in March 2021 for large B-cell lymphoma.',
        },
      ],
    },
    {
      text: 'Tecelra, directed at melanoma-associated antigen A4, is approved for melanoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Tecelra, directed at melanoma-associated antigen A4, is approved for melanoma.',
        },
      ],
    },
    // Ages: an open-ended age includes adults, "1 year and older" children, "to age 21" ends the range.
    // "From age 12" opens a range there; "16-year-olds" are children.
    {
      text: 'Tecartus treats ALL from age 12.',
      errors: [{ messageId: 'populationDiffers', text: 'Tecartus treats ALL from age 12.' }],
    },
    {
      text: 'Aucatzyl treats ALL in 16-year-olds.',
      errors: [{ messageId: 'populationDiffers', text: 'Aucatzyl treats ALL in 16-year-olds.' }],
    },
    {
      text: 'Ryoncil is approved for patients 12 years and older.',
      errors: [{ messageId: 'populationDiffers', text: 'Ryoncil is approved for patients 12 years and older.' }],
    },
    {
      text: 'Breyanzi is approved for CLL in patients 1 year and older.',
      errors: [{ messageId: 'populationDiffers', text: 'Breyanzi is approved for CLL in patients 1 year and older.' }],
    },
    {
      text: 'Kymriah is approved for B-cell ALL in children and young adults to age 21.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Kymriah is approved for B-cell ALL in children and young adults to age 21.',
        },
      ],
    },
    {
      text: 'Kymriah is approved for pediatric follicular lymphoma.',
      errors: [{ messageId: 'populationDiffers', text: 'Kymriah is approved for pediatric follicular lymphoma.' }],
    },
    {
      text: 'BCMA- and CD19-directed CAR-Ts are approved for melanoma.',
      errors: [{ messageId: 'noneInClass', text: 'BCMA- and CD19-directed CAR-Ts are approved for melanoma.' }],
    },
    {
      text: 'Kymriah holds a label for multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah holds a label for multiple myeloma.' }],
    },
    {
      text: 'Breyanzi was first approved by the FDA for marginal zone lymphoma.',
      errors: [
        {
          messageId: 'firstApprovedFor',
          text: 'Breyanzi was first approved by the FDA for marginal zone lymphoma.',
          message: 'first FDA-approved for LBCL (Feb 2021)',
        },
      ],
    },
    {
      text: 'The initial indication for Kymriah was follicular lymphoma.',
      errors: [
        {
          messageId: 'firstApprovedFor',
          text: 'The initial indication for Kymriah was follicular lymphoma.',
          message: 'B-cell ALL (Aug 2017)',
        },
      ],
    },
    {
      text: 'Yescarta, originally approved for follicular lymphoma, is now also used in second-line LBCL.',
      errors: [
        {
          messageId: 'firstApprovedFor',
          text: 'Yescarta, originally approved for follicular lymphoma, is now also used in second-line LBCL.',
          message: 'follicular lymphoma came in Mar 2021',
        },
      ],
    },
    {
      text: 'Yescarta was first approved by the FDA in 2019.',
      errors: [
        { messageId: 'firstApprovedIn', text: 'Yescarta was first approved by the FDA in 2019.', message: 'Oct 2017' },
      ],
    },
    {
      text: 'Abecma, a BCMA product for mantle cell lymphoma, and Tecartus, a CD19 product for multiple myeloma, are both FDA-approved.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Abecma, a BCMA product for mantle cell lymphoma, and Tecartus, a CD19 product for multiple myeloma, are both FDA-approved.',
          message: /^Abecma is not FDA-approved for mantle cell lymphoma/,
        },
        {
          messageId: 'notApproved',
          text: 'Abecma, a BCMA product for mantle cell lymphoma, and Tecartus, a CD19 product for multiple myeloma, are both FDA-approved.',
          message: /^Tecartus is not FDA-approved for multiple myeloma/,
        },
      ],
    },
    {
      // "who have" names the patients the approval is for: the condition stays the approval's.
      text: 'Kymriah is FDA-approved for adults who have multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah is FDA-approved for adults who have multiple myeloma.' }],
    },
    {
      // The relative clause comes after the condition.
      text: 'Kymriah is FDA-approved for multiple myeloma that has relapsed.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah is FDA-approved for multiple myeloma that has relapsed.' }],
    },
    {
      text: 'Kymriah is approved for leukemia but not for lymphomas such as follicular lymphoma.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Kymriah is approved for leukemia but not for lymphomas such as follicular lymphoma.',
          message: /^Kymriah is approved for lymphoma/,
        },
        {
          messageId: 'isApproved',
          text: 'Kymriah is approved for leukemia but not for lymphomas such as follicular lymphoma.',
          message: /^Kymriah is approved for follicular lymphoma/,
        },
      ],
    },
    {
      text: 'Abecma is approved for multiple myeloma, and Tecartus for follicular lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Abecma is approved for multiple myeloma, and Tecartus for follicular lymphoma.',
          message: /^Tecartus is not approved for follicular lymphoma/,
        },
      ],
    },
    {
      text: 'Kymriah and Abecma are both approved for leukemia and myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Kymriah and Abecma are both approved for leukemia and myeloma.',
          message: /^Kymriah is not approved for myeloma/,
        },
        {
          messageId: 'notApproved',
          text: 'Kymriah and Abecma are both approved for leukemia and myeloma.',
          message: /^Abecma is not approved for leukemia/,
        },
      ],
    },
    {
      // Dated before the change: judged against the exclusion as it stood.
      text: 'In 2019, Yescarta was FDA-approved for primary CNS lymphoma.',
      errors: [
        {
          messageId: 'excludedUntil',
          text: 'In 2019, Yescarta was FDA-approved for primary CNS lymphoma.',
          message:
            'Yescarta was not FDA-approved for primary CNS lymphoma in 2019: its LBCL approval excluded it until Feb 2026.',
        },
      ],
    },
    {
      // The record as of a day before the change does not know it yet.
      text: 'As of 2024, Yescarta was FDA-approved for primary CNS lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'As of 2024, Yescarta was FDA-approved for primary CNS lymphoma.',
          message: 'As of Dec 2024: Yescarta is not FDA-approved for primary CNS lymphoma.',
        },
      ],
    },
    {
      text: 'Breyanzi is FDA-approved for primary CNS lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Breyanzi is FDA-approved for primary CNS lymphoma.',
          message: 'LBCL approval excludes primary central nervous system lymphoma',
        },
      ],
    },
    {
      text: 'Kymriah is approved for PMBCL.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Kymriah is approved for PMBCL.',
          message: 'LBCL approval excludes primary mediastinal',
        },
      ],
    },
    {
      text: 'Kymriah is approved for T-cell ALL.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Kymriah is approved for T-cell ALL.',
          message: 'not approved for T-cell acute lymphoblastic leukemia (T-cell ALL). It is approved for B-cell ALL',
        },
      ],
    },
    {
      text: 'CAR-T is FDA-approved for T-ALL.',
      errors: [{ messageId: 'noneInClass', text: 'CAR-T is FDA-approved for T-ALL.', message: 'No CAR-T' }],
    },
    {
      text: 'Talquetamab was first approved by the FDA in 2024.',
      errors: [
        { messageId: 'firstApprovedIn', text: 'Talquetamab was first approved by the FDA in 2024.', message: '2023' },
      ],
    },
    {
      // Coordinated, not contrasted: the antitumor use is claimed.
      text: 'Xermelo is approved for carcinoid syndrome diarrhea and to shrink tumors.',
      errors: [
        {
          messageId: 'scopeDiffers',
          text: 'Xermelo is approved for carcinoid syndrome diarrhea and to shrink tumors.',
          message: 'symptom control only',
        },
      ],
    },
    {
      text: 'Xermelo is FDA-approved to slow tumor growth in carcinoid syndrome.',
      errors: [
        {
          messageId: 'scopeDiffers',
          text: 'Xermelo is FDA-approved to slow tumor growth in carcinoid syndrome.',
          message: 'symptom control only',
        },
      ],
    },
    // The site named apart from the disease ("of lung origin") picks the approvals that judge "functional".
    {
      text: 'Everolimus was approved for functional NETs of gastrointestinal or lung origin.',
      errors: [
        {
          messageId: 'functionalDiffers',
          text: 'Everolimus was approved for functional NETs of gastrointestinal or lung origin.',
          message: 'covers non-functional tumors only',
        },
      ],
    },
    {
      text: 'Everolimus is approved for functional lung NETs.',
      errors: [
        {
          messageId: 'functionalDiffers',
          text: 'Everolimus is approved for functional lung NETs.',
          message: 'covers non-functional tumors only',
        },
      ],
    },
    {
      text: 'In 2021, Breyanzi was licensed by the FDA in June.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'In 2021, Breyanzi was licensed by the FDA in June.',
          message: 'not June 2021',
        },
      ],
    },
    {
      text: 'The FDA approved Abecma in March 2021 and Carvykti in March 2021.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'The FDA approved Abecma in March 2021 and Carvykti in March 2021.',
          message: 'Carvykti was FDA-approved in Feb 2022',
        },
      ],
    },
    // Another name in parentheses is the same product: the condition is still the claim's.
    {
      text: 'Abecma (idecabtagene vicleucel) is approved for follicular lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Abecma (idecabtagene vicleucel) is approved for follicular lymphoma.',
          message: 'not approved for follicular',
        },
      ],
    },
    {
      text: 'Everolimus (Afinitor) is not approved for pancreatic NETs.',
      errors: [{ messageId: 'isApproved', text: 'Everolimus (Afinitor) is not approved for pancreatic NETs.' }],
    },
    // "only" after the verb restricts the population; before the subject and its verb it singles out the subject.
    {
      text: 'Kymriah has only a pediatric indication.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Kymriah has only a pediatric indication.',
          message: 'not children only',
        },
      ],
    },
    // "restricted to" / "limited to" state an indication and read as "only"; "can be given after" is a product's use.
    {
      text: 'Kymriah is limited to paediatric patients.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Kymriah is limited to paediatric patients.',
          message: 'not children only',
        },
      ],
    },
    {
      text: 'Carvykti is restricted to patients with four or more prior lines of therapy.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Carvykti is restricted to patients with four or more prior lines of therapy.',
          message: 'after ≥4 prior lines (Feb 2022)',
        },
      ],
    },
    // A quotation closed only by its source and a plain speech verb is relayed, as its indirect form is.
    {
      text: '"Tecartus is now approved for children with B-cell ALL," investigators said.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: '"Tecartus is now approved for children with B-cell ALL," investigators said.',
        },
      ],
    },
    {
      text: 'Whereas Abecma treats lymphoma, Breyanzi treats myeloma.',
      errors: [
        { messageId: 'notApproved', text: 'Whereas Abecma treats lymphoma, Breyanzi treats myeloma.' },
        { messageId: 'notApproved', text: 'Whereas Abecma treats lymphoma, Breyanzi treats myeloma.' },
      ],
    },
    {
      text: 'Abecma is still limited to patients who have had four or more prior lines of therapy.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Abecma is still limited to patients who have had four or more prior lines of therapy.',
          message: 'not only after ≥4 prior lines',
        },
      ],
    },
    {
      text: 'Yescarta can be used as a first-line treatment for large B-cell lymphoma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Yescarta can be used as a first-line treatment for large B-cell lymphoma.',
          message: 'not in the first line',
        },
      ],
    },
    {
      text: 'Abecma can be given after one prior line of therapy.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Abecma can be given after one prior line of therapy.',
          message: 'not after 1 prior line',
        },
      ],
    },
    {
      text: 'In May 2022, the FDA approved tisa-cel for mantle cell lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'In May 2022, the FDA approved tisa-cel for mantle cell lymphoma.',
          message: 'not FDA-approved for mantle cell lymphoma',
        },
      ],
    },
    {
      text: 'Breyanzi was approved for FL in May 2024 and for MZL in 2023.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Breyanzi was approved for FL in May 2024 and for MZL in 2023.',
          message: 'in Dec 2025, not 2023',
        },
      ],
    },
    {
      text: 'Tisa-cel received a second-line LBCL indication following the BELINDA trial.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Tisa-cel received a second-line LBCL indication following the BELINDA trial.',
          message: 'after ≥2 prior lines (May 2018), not after 1 prior line',
        },
      ],
    },
    // An open age range that starts below every age the label covers.
    {
      text: 'Cabozantinib is approved for pNET in patients 10 years and older.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Cabozantinib is approved for pNET in patients 10 years and older.',
          message: /not patients 10 years and older/,
        },
      ],
    },
    // An open age range that starts above every age the label covers.
    {
      text: 'Tisa-cel is indicated for B-ALL in patients aged 40 and older.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Tisa-cel is indicated for B-ALL in patients aged 40 and older.',
          message: 'covers patients up to 25 years, not patients 40 years and older',
        },
      ],
    },
    {
      text: 'Tisa-cel is indicated for B-ALL in patients up to age 21.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Tisa-cel is indicated for B-ALL in patients up to age 21.',
          message: 'covers patients up to 25 years, not patients up to 21 years',
        },
      ],
    },
    {
      text: 'No CAR-T has been approved in China for a solid tumor.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'No CAR-T has been approved in China for a solid tumor.',
          message: 'NMPA-approved',
        },
      ],
    },
    {
      text: 'Abecma is no longer the only CAR-T approved for lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Abecma is no longer the only CAR-T approved for lymphoma.',
          message: 'not approved for lymphoma',
        },
      ],
    },
    {
      text: 'Kymriah is not indicated for children.',
      errors: [{ messageId: 'isApproved', text: 'Kymriah is not indicated for children.', message: 'approved' }],
    },
    {
      text: 'Carvykti, approved in 2022, is not approved for multiple myeloma.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Carvykti, approved in 2022, is not approved for multiple myeloma.',
          message: 'is approved for multiple myeloma',
        },
      ],
    },
    {
      text: 'Obe-cel can be given to children with B-ALL.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Obe-cel can be given to children with B-ALL.',
          message: 'covers adults, not children',
        },
      ],
    },
    {
      text: 'Abecma can be used to treat mantle cell lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Abecma can be used to treat mantle cell lymphoma.',
          message: 'not approved for mantle cell lymphoma',
        },
      ],
    },
    {
      text: 'CAR T cells targeting CD19 are approved for multiple myeloma.',
      errors: [
        {
          messageId: 'noneInClass',
          text: 'CAR T cells targeting CD19 are approved for multiple myeloma.',
          message: 'No CD19-directed CAR T cells are FDA-approved for multiple myeloma',
        },
      ],
    },
    {
      text: 'Satricabtagene autoleucel has been approved in the United States for gastric cancer.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Satricabtagene autoleucel has been approved in the United States for gastric cancer.',
          message: 'not FDA-approved',
        },
      ],
    },
    {
      text: 'Although Abecma and Carvykti are both BCMA-directed, only Carvykti is approved for first-line myeloma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Although Abecma and Carvykti are both BCMA-directed, only Carvykti is approved for first-line myeloma.',
          message: 'not in the first line',
        },
      ],
    },
    {
      text: 'Yescarta, approved in 2015, treats large B-cell lymphoma.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Yescarta, approved in 2015, treats large B-cell lymphoma.',
          message: 'not 2015',
        },
      ],
    },
    {
      text: 'The FDA has cleared CAR-T products for solid tumors such as NETs.',
      errors: [
        { messageId: 'noneInClass', text: 'The FDA has cleared CAR-T products for solid tumors such as NETs.' },
        { messageId: 'noneInClass', text: 'The FDA has cleared CAR-T products for solid tumors such as NETs.' },
      ],
    },
    {
      text: "Kymriah's approved indications include multiple myeloma.",
      errors: [{ messageId: 'notApproved', text: "Kymriah's approved indications include multiple myeloma." }],
    },
    {
      text: 'Carvykti is approved for newly diagnosed multiple myeloma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Carvykti is approved for newly diagnosed multiple myeloma.',
          message: 'line',
        },
      ],
    },
    {
      text: 'Kymriah is approved for ALL but not for children.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Kymriah is approved for ALL but not for children.',
          message: 'not adults only',
        },
      ],
    },
    {
      text: 'Breyanzi is approved for adults and children with LBCL.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Breyanzi is approved for adults and children with LBCL.',
          message: 'covers adults, not adults and children',
        },
      ],
    },
    {
      text: 'Aucatzyl was approved in 2023.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Aucatzyl was approved in 2023.',
          message: 'in Nov 2024 (FDA) and Jul 2025 (EMA), not 2023',
        },
      ],
    },
    {
      text: 'Carvykti can only be used after four prior lines of therapy.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Carvykti can only be used after four prior lines of therapy.',
          message: 'line',
        },
      ],
    },
    {
      text: 'Kymriah received accelerated approval for multiple myeloma in 2017.',
      errors: [
        { messageId: 'notApproved', text: 'Kymriah received accelerated approval for multiple myeloma in 2017.' },
      ],
    },
    {
      text: 'Children with ALL can receive FDA-approved Tecartus.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Children with ALL can receive FDA-approved Tecartus.',
          message: 'covers adults, not children',
        },
      ],
    },
    {
      text: 'Yescarta is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Yescarta is approved for multiple myeloma.',
          message: 'Yescarta is not approved for multiple myeloma',
        },
      ],
    },
    {
      text: 'Abecma and Carvykti are approved for lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Abecma and Carvykti are approved for lymphoma.',
          message: /^Abecma is not approved/,
        },
        {
          messageId: 'notApproved',
          text: 'Abecma and Carvykti are approved for lymphoma.',
          message: /^Carvykti is not approved/,
        },
      ],
    },
    {
      text: 'The FDA approved Kymriah to treat multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'The FDA approved Kymriah to treat multiple myeloma.',
          message: 'not FDA-approved',
        },
      ],
    },
    {
      text: 'Kymriah has FDA approval in myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah has FDA approval in myeloma.' }],
    },
    {
      text: 'Carvykti is indicated for follicular lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Carvykti is indicated for follicular lymphoma.' }],
    },
    {
      text: 'Tecartus received FDA approval for large B-cell lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Tecartus received FDA approval for large B-cell lymphoma.' }],
    },
    {
      text: 'Breyanzi is licensed for acute lymphoblastic leukemia.',
      errors: [{ messageId: 'notApproved', text: 'Breyanzi is licensed for acute lymphoblastic leukemia.' }],
    },
    {
      text: 'Approved uses of Abecma include DLBCL.',
      errors: [{ messageId: 'notApproved', text: 'Approved uses of Abecma include DLBCL.' }],
    },
    {
      text: 'Patients with NETs can receive FDA-approved CAR T-cell therapy.',
      errors: [
        {
          messageId: 'noneInClass',
          text: 'Patients with NETs can receive FDA-approved CAR T-cell therapy.',
          message: 'FDA-approved',
        },
      ],
    },
    {
      text: 'The FDA has approved CAR-T therapy for neuroendocrine tumors.',
      errors: [{ messageId: 'noneInClass', text: 'The FDA has approved CAR-T therapy for neuroendocrine tumors.' }],
    },
    {
      text: 'Yescarta was approved for follicular lymphoma in 2019.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Yescarta was approved for follicular lymphoma in 2019.',
          message: 'in Mar 2021, not 2019',
        },
      ],
    },
    {
      text: 'Tecartus was first approved in 2017.',
      errors: [
        {
          messageId: 'firstApprovedIn',
          text: 'Tecartus was first approved in 2017.',
          message: 'first approved in Jul 2020',
        },
      ],
    },
    {
      text: 'Aucatzyl is approved for children with ALL.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Aucatzyl is approved for children with ALL.',
          message: 'covers adults, not children',
        },
      ],
    },
    {
      text: 'Lutathera remains approved for adults only.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Lutathera remains approved for adults only.',
          message: 'not adults only',
        },
      ],
    },
    {
      text: 'Kymriah may be offered if your large B-cell lymphoma came back within a year of your first treatment.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Kymriah may be offered if your large B-cell lymphoma came back within a year of your first treatment.',
          message: 'not after 1 prior line',
        },
      ],
    },
    {
      text: 'The label for Yescarta now includes children with large B-cell lymphoma.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'The label for Yescarta now includes children with large B-cell lymphoma.',
          message: 'covers adults, not children',
        },
      ],
    },
    {
      text: 'Children can receive Tecartus for ALL.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Children can receive Tecartus for ALL.',
          message: 'covers adults, not children',
        },
      ],
    },
    {
      text: 'Kymriah is approved for ALL in patients aged 21 and under.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Kymriah is approved for ALL in patients aged 21 and under.',
          message: 'not patients up to 21 years',
        },
      ],
    },
    {
      text: 'Tecartus can be given to patients 12 or older with B-ALL.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Tecartus can be given to patients 12 or older with B-ALL.',
          message: 'not patients 12 years and older',
        },
      ],
    },
    {
      text: 'Tocilizumab is approved for CRS in patients aged 12 years and older.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Tocilizumab is approved for CRS in patients aged 12 years and older.',
          message: 'covers patients 2 years and older, not patients 12 years and older',
        },
      ],
    },
    {
      text: 'Kymriah is approved for large B-cell lymphoma that came back within a year of the first treatment.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Kymriah is approved for large B-cell lymphoma that came back within a year of the first treatment.',
          message: 'not after 1 prior line',
        },
      ],
    },
    {
      text: 'Abecma is approved for myeloma that came back after one treatment.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Abecma is approved for myeloma that came back after one treatment.',
          message: 'not after 1 prior line',
        },
      ],
    },
    {
      text: 'Lutathera is approved only for adults.',
      errors: [
        { messageId: 'populationDiffers', text: 'Lutathera is approved only for adults.', message: 'not adults only' },
      ],
    },
    {
      text: 'Yescarta is approved for first-line large B-cell lymphoma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Yescarta is approved for first-line large B-cell lymphoma.',
          message: 'line',
        },
      ],
    },
    {
      text: 'Abecma has become a second-line option for relapsed multiple myeloma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Abecma has become a second-line option for relapsed multiple myeloma.',
          message: 'line',
        },
      ],
    },
    {
      text: 'Carvykti is approved for follicular lymphoma, which may surprise some readers.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Carvykti is approved for follicular lymphoma, which may surprise some readers.',
          message: 'not approved for follicular lymphoma',
        },
      ],
    },
    {
      text: 'CAR-T therapies are now frontline treatments for large B-cell lymphoma.',
      errors: [
        {
          messageId: 'noneInClass',
          text: 'CAR-T therapies are now frontline treatments for large B-cell lymphoma.',
          message: 'line',
        },
      ],
    },
    {
      text: 'Kymriah is approved for large B-cell lymphoma that comes back within 12 months of first-line chemoimmunotherapy.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Kymriah is approved for large B-cell lymphoma that comes back within 12 months of first-line chemoimmunotherapy.',
          message: 'line',
        },
      ],
    },
    {
      text: 'Breyanzi is approved for CLL after one prior line of therapy.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Breyanzi is approved for CLL after one prior line of therapy.',
          message: 'line',
        },
      ],
    },
    {
      text: 'Abecma is approved for second-line multiple myeloma.',
      errors: [
        { messageId: 'lineDiffers', text: 'Abecma is approved for second-line multiple myeloma.', message: 'line' },
      ],
    },
    {
      text: 'Satri-cel is FDA-approved for gastric cancer.',
      errors: [{ messageId: 'notApproved', text: 'Satri-cel is FDA-approved for gastric cancer.', message: 'NMPA' }],
    },
    {
      text: 'Lanreotide is not approved for GEP-NETs.',
      errors: [{ messageId: 'isApproved', text: 'Lanreotide is not approved for GEP-NETs.', message: 'Lanreotide' }],
    },
    {
      text: 'Sunitinib is not FDA-approved for pancreatic NETs.',
      errors: [{ messageId: 'isApproved', text: 'Sunitinib is not FDA-approved for pancreatic NETs.' }],
    },
    {
      text: 'Tocilizumab is not approved for CRS.',
      errors: [{ messageId: 'isApproved', text: 'Tocilizumab is not approved for CRS.' }],
    },
    {
      text: 'No drug is FDA-approved for cytokine release syndrome.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'No drug is FDA-approved for cytokine release syndrome.',
          message: 'Tocilizumab is FDA-approved for cytokine release syndrome',
        },
      ],
    },
    {
      text: 'Neither Kymriah nor Yescarta is approved for follicular lymphoma.',
      errors: [
        { messageId: 'isApproved', text: 'Neither Kymriah nor Yescarta is approved for follicular lymphoma.' },
        { messageId: 'isApproved', text: 'Neither Kymriah nor Yescarta is approved for follicular lymphoma.' },
      ],
    },
    {
      text: 'Kymriah has yet to be approved for large B-cell lymphoma.',
      errors: [{ messageId: 'isApproved', text: 'Kymriah has yet to be approved for large B-cell lymphoma.' }],
    },
    {
      text: 'Tecelra is FDA-approved for melanoma.',
      errors: [{ messageId: 'notApproved', text: 'Tecelra is FDA-approved for melanoma.' }],
    },
    {
      text: 'Octreotide is FDA-approved to slow the growth of NETs.',
      errors: [{ messageId: 'notApproved', text: 'Octreotide is FDA-approved to slow the growth of NETs.' }],
    },
    {
      text: 'Arlo-cel is FDA-approved for multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Arlo-cel is FDA-approved for multiple myeloma.' }],
    },
    {
      text: 'Kymriah is indicated for adults with multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah is indicated for adults with multiple myeloma.' }],
    },
    {
      text: 'Off-the-shelf CAR-T products are FDA-approved.',
      errors: [{ messageId: 'noneInClass', text: 'Off-the-shelf CAR-T products are FDA-approved.' }],
    },
    {
      text: 'Several CAR T products have FDA approval in melanoma.',
      errors: [{ messageId: 'noneInClass', text: 'Several CAR T products have FDA approval in melanoma.' }],
    },
    {
      text: 'Everolimus is approved for functional carcinoid tumors.',
      errors: [{ messageId: 'notForFunctional', text: 'Everolimus is approved for functional carcinoid tumors.' }],
    },
    {
      text: 'Yescarta holds FDA approval in multiple myeloma.',
      errors: [{ messageId: 'notApproved', text: 'Yescarta holds FDA approval in multiple myeloma.' }],
    },
    {
      text: 'Carvykti has received FDA approval for follicular lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Carvykti has received FDA approval for follicular lymphoma.' }],
    },
    {
      text: 'The FDA has approved Tecartus for children with ALL.',
      errors: [{ messageId: 'populationDiffers', text: 'The FDA has approved Tecartus for children with ALL.' }],
    },
    {
      text: 'Aucatzyl is indicated for pediatric B-cell ALL.',
      errors: [{ messageId: 'populationDiffers', text: 'Aucatzyl is indicated for pediatric B-cell ALL.' }],
    },
    {
      text: 'Both Kymriah and Abecma are approved for mantle cell lymphoma.',
      errors: [
        { messageId: 'notApproved', text: 'Both Kymriah and Abecma are approved for mantle cell lymphoma.' },
        { messageId: 'notApproved', text: 'Both Kymriah and Abecma are approved for mantle cell lymphoma.' },
      ],
    },
    {
      text: 'Yescarta was approved in 2019.',
      errors: [{ messageId: 'dateDiffers', text: 'Yescarta was approved in 2019.' }],
    },
    {
      text: 'Sunitinib is approved for all GEP-NETs.',
      errors: [{ messageId: 'notForEvery', text: 'Sunitinib is approved for all GEP-NETs.' }],
    },
    {
      text: 'Cabozantinib has no approval for neuroendocrine tumors.',
      errors: [{ messageId: 'isApproved', text: 'Cabozantinib has no approval for neuroendocrine tumors.' }],
    },
    {
      text: 'Octreotide is approved to slow tumor growth in NETs.',
      errors: [{ messageId: 'notApproved', text: 'Octreotide is approved to slow tumor growth in NETs.' }],
    },
    {
      text: 'Tab-cel was approved by the FDA in 2025.',
      errors: [{ messageId: 'notApproved', text: 'Tab-cel was approved by the FDA in 2025.' }],
    },
    {
      text: 'Abecma is approved as a first-line treatment for myeloma.',
      errors: [{ messageId: 'lineDiffers', text: 'Abecma is approved as a first-line treatment for myeloma.' }],
    },
    {
      text: 'Tocilizumab was approved for CRS in 2019.',
      errors: [{ messageId: 'dateDiffers', text: 'Tocilizumab was approved for CRS in 2019.' }],
    },
    {
      text: 'Anakinra is the only drug approved for CRS.',
      errors: [{ messageId: 'notApproved', text: 'Anakinra is the only drug approved for CRS.' }],
    },
    {
      text: 'Kymriah, Yescarta and Carvykti are approved for LBCL.',
      errors: [{ messageId: 'notApproved', text: 'Kymriah, Yescarta and Carvykti are approved for LBCL.' }],
    },
    {
      text: 'Tocilizumab blocks IL-6 and is approved for ICANS.',
      errors: [{ messageId: 'notApproved', text: 'Tocilizumab blocks IL-6 and is approved for ICANS.' }],
    },
    {
      text: 'Abecma has FDA approval in large B-cell lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Abecma has FDA approval in large B-cell lymphoma.' }],
    },
    {
      text: 'The FDA approved Carvykti for mantle cell lymphoma in 2024.',
      errors: [{ messageId: 'notApproved', text: 'The FDA approved Carvykti for mantle cell lymphoma in 2024.' }],
    },
    {
      text: 'Breyanzi is approved for children with follicular lymphoma.',
      errors: [{ messageId: 'populationDiffers', text: 'Breyanzi is approved for children with follicular lymphoma.' }],
    },
    // "Teenagers" names patients under 18, as "children" does (data/lexicon/population-pediatric-words).
    {
      text: 'Yescarta is approved for teenagers with large B-cell lymphoma.',
      errors: [
        { messageId: 'populationDiffers', text: 'Yescarta is approved for teenagers with large B-cell lymphoma.' },
      ],
    },
    {
      text: 'Yescarta is approved as first-line treatment for large B-cell lymphoma.',
      errors: [
        { messageId: 'lineDiffers', text: 'Yescarta is approved as first-line treatment for large B-cell lymphoma.' },
      ],
    },
    {
      text: 'Kymriah was first approved in 2018.',
      errors: [{ messageId: 'firstApprovedIn', text: 'Kymriah was first approved in 2018.' }],
    },
    {
      text: 'Breyanzi was approved for follicular lymphoma in 2023, based on TRANSCEND FL data published in 2022.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Breyanzi was approved for follicular lymphoma in 2023, based on TRANSCEND FL data published in 2022.',
        },
      ],
    },
    {
      text: 'Tisagenlecleucel (tisa-cel), an autologous CD19 CAR T-cell product approved for adults with multiple myeloma, results in cytokine release syndrome in about half of patients.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Tisagenlecleucel (tisa-cel), an autologous CD19 CAR T-cell product approved for adults with multiple myeloma, results in cytokine release syndrome in about half of patients.',
        },
      ],
    },
    {
      text: 'The FDA approved anito-cel for multiple myeloma after the panel recommended it.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'The FDA approved anito-cel for multiple myeloma after the panel recommended it.',
        },
      ],
    },
    {
      text: 'The FDA granted priority review to Ebvallo and approved it for EBV+ PTLD.',
      errors: [
        { messageId: 'notApproved', text: 'The FDA granted priority review to Ebvallo and approved it for EBV+ PTLD.' },
      ],
    },
    {
      text: 'Several CAR-T therapies are approved for neuroendocrine tumors.',
      errors: [{ messageId: 'noneInClass', text: 'Several CAR-T therapies are approved for neuroendocrine tumors.' }],
    },
    {
      text: 'Children with relapsed B-cell ALL can be treated with obecabtagene autoleucel.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Children with relapsed B-cell ALL can be treated with obecabtagene autoleucel.',
          message: 'covers adults, not children',
        },
      ],
    },
    {
      text: 'Since 2021, adults with CLL have been able to receive lisocabtagene maraleucel.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Since 2021, adults with CLL have been able to receive lisocabtagene maraleucel.',
          message: 'in Mar 2024, not since 2021',
        },
      ],
    },
    {
      text: 'Adults with multiple myeloma can now receive Yescarta.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Adults with multiple myeloma can now receive Yescarta.',
          message: 'not approved for multiple myeloma',
        },
      ],
    },
    {
      text: 'Your doctor might suggest obe-cel, which is licensed for children with B-ALL.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Your doctor might suggest obe-cel, which is licensed for children with B-ALL.',
          message: 'covers adults, not children',
        },
      ],
    },
    {
      text: 'Early data suggest that Tecartus, which is approved for multiple myeloma, may help older patients.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Early data suggest that Tecartus, which is approved for multiple myeloma, may help older patients.',
          message: 'not approved for multiple myeloma',
        },
      ],
    },
    {
      text: 'In 2016, the FDA approved a CAR-T for B-cell ALL.',
      errors: [
        {
          messageId: 'noneInClass',
          text: 'In 2016, the FDA approved a CAR-T for B-cell ALL.',
          message:
            /^No CAR-T was FDA-approved for B-cell precursor acute lymphoblastic leukemia \(B-cell ALL\) in 2016\./,
        },
      ],
    },
    {
      text: 'CAR T-cell therapy is now a standard treatment for pancreatic NETs.',
      errors: [
        { messageId: 'noneInClass', text: 'CAR T-cell therapy is now a standard treatment for pancreatic NETs.' },
      ],
    },
    {
      text: 'Abecma is now a standard option for mantle cell lymphoma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Abecma is now a standard option for mantle cell lymphoma.',
          message: 'not approved for mantle cell lymphoma',
        },
      ],
    },
    {
      text: 'By the end of 2020, the FDA had approved Abecma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'By the end of 2020, the FDA had approved Abecma.',
          message: /^As of Dec 2020: Abecma is not FDA-approved/,
        },
      ],
    },
    {
      text: 'Until 2024 no CAR-T had been FDA-approved for large B-cell lymphoma; Breyanzi was approved for CLL in March 2024.',
      errors: [
        {
          messageId: 'membersApproved',
          text: 'Until 2024 no CAR-T had been FDA-approved for large B-cell lymphoma; Breyanzi was approved for CLL in March 2024.',
          message: /^As of Dec 2023: Kymriah, Yescarta and Breyanzi are FDA-approved for large B-cell lymphoma/,
        },
      ],
    },
    {
      // The rest of the sentence keeps its own date.
      text: 'Since its approval in 2017, Yescarta has been approved for follicular lymphoma in 2019.',
      errors: [
        {
          messageId: 'dateDiffers',
          text: 'Since its approval in 2017, Yescarta has been approved for follicular lymphoma in 2019.',
        },
      ],
    },
    {
      // A fronted event bound leaves the claim undated, but a verdict that never changed still stands.
      text: 'Before treatment, Yescarta is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Before treatment, Yescarta is approved for multiple myeloma.',
          message: /^Yescarta is not approved for multiple myeloma/,
        },
      ],
    },
    {
      // The other clause speaks at the document's time.
      text: 'Until 2021 no CAR-T had been approved for multiple myeloma; Kymriah was approved for myeloma in March 2021.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Until 2021 no CAR-T had been approved for multiple myeloma; Kymriah was approved for myeloma in March 2021.',
          message: /^Kymriah is not approved for myeloma/,
        },
      ],
    },
    {
      text: 'CAR T cells are approved for severe CRS in patients 2 years and older.',
      errors: [
        {
          messageId: 'noneInClass',
          text: 'CAR T cells are approved for severe CRS in patients 2 years and older.',
        },
      ],
    },
    {
      text: 'CAR T-cell therapy is still an experimental treatment.',
      errors: [{ messageId: 'membersApproved', text: 'CAR T-cell therapy is still an experimental treatment.' }],
    },
    {
      text: 'Sandostatin LAR is approved to slow the growth of carcinoid tumors.',
      errors: [
        {
          messageId: 'notApproved',
          text: 'Sandostatin LAR is approved to slow the growth of carcinoid tumors.',
          message: /^Octreotide is not approved for carcinoid tumors/,
        },
      ],
    },
    {
      text: 'Breyanzi is approved for lymphoma, but not yet for mantle cell lymphoma.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Breyanzi is approved for lymphoma, but not yet for mantle cell lymphoma.',
          message: /^Breyanzi is approved for mantle cell lymphoma/,
        },
      ],
    },
    {
      text: 'Your care team might suggest Tecartus for follicular lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Your care team might suggest Tecartus for follicular lymphoma.' }],
    },
    {
      text: 'Your specialist may recommend Yescarta for chronic lymphocytic leukaemia.',
      errors: [
        { messageId: 'notApproved', text: 'Your specialist may recommend Yescarta for chronic lymphocytic leukaemia.' },
      ],
    },
    {
      text: 'Breyanzi can treat mantle cell lymphoma that returned after one prior therapy.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Breyanzi can treat mantle cell lymphoma that returned after one prior therapy.',
          message: /not after 1 prior line/,
        },
      ],
    },
    {
      text: 'People with follicular lymphoma can receive Yescarta after only one previous regimen.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'People with follicular lymphoma can receive Yescarta after only one previous regimen.',
          message: /not after 1 prior line/,
        },
      ],
    },
    {
      text: 'Abecma is used for lymphoma.',
      errors: [{ messageId: 'notApproved', text: 'Abecma is used for lymphoma.' }],
    },
    {
      text: 'Aucatzyl is now available to teenagers with B-cell ALL.',
      errors: [{ messageId: 'populationDiffers', text: 'Aucatzyl is now available to teenagers with B-cell ALL.' }],
    },
    {
      text: 'Kymriah is used as a first treatment for adults with follicular lymphoma.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'Kymriah is used as a first treatment for adults with follicular lymphoma.',
          message: /not in the first line/,
        },
      ],
    },
    {
      text: 'Tecartus is approved for children with B-cell acute lymphoblastic leukaemia.',
      errors: [
        {
          messageId: 'populationDiffers',
          text: 'Tecartus is approved for children with B-cell acute lymphoblastic leukaemia.',
        },
      ],
    },
    // The same report endorsed by the writer is the writer's claim.
    {
      text: 'The summary states that Kymriah is approved for second-line LBCL, and that is correct.',
      errors: [
        {
          messageId: 'lineDiffers',
          text: 'The summary states that Kymriah is approved for second-line LBCL, and that is correct.',
        },
      ],
    },
    // A state that the date before ", when" contradicts.
    {
      text: 'Our leaflet dates from 2022, when Abecma was not yet approved.',
      errors: [
        {
          messageId: 'isApproved',
          text: 'Our leaflet dates from 2022, when Abecma was not yet approved.',
          message: /^As of Dec 2022: Abecma is approved/,
        },
      ],
    },
  ],
};
export default tests;
