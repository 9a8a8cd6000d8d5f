/**
 * Instruction-override and prompt-extraction phrases, per language, in the pattern syntax of phrases.ts.
 *
 * The patterns look for the shape of the request, not for one sentence: a verb of dismissal (ignore,
 * disregard, forget, override …) near a word that places the target before the current message
 * (previous, above, prior, initial, system …) and a word for instructions; or a verb of disclosure (reveal,
 * print, repeat …) near a name of the hidden prompt. Words in between are tolerated (`~N`).
 *
 * Languages: English, Spanish, French, German, Portuguese, Italian, Dutch, Russian, Chinese (simplified
 * and traditional), Japanese, Korean, Arabic, Hindi, Turkish, Polish, Vietnamese, Indonesian.
 */
import type { PhraseSpec } from './phrases';

// ---------------------------------------------------------------------------------------------- English
/** Imperative (and -ing) forms only: "the model ignored its instructions" describes, it does not ask. */
const IGNORE_STRONG = [
  'ignore', 'disregard', 'forget', 'neglect', 'overlook', 'discard', 'abandon', 'dismiss', 'bypass', 'override', 'overwrite', 'never_mind', 'nevermind', 'set_aside', 'put_aside', 'pay_no_attention_to', 'disobey', 'forgo', 'forego',
  'stop_following', 'throw_out', 'throw_away', 'ditch', 'scrap', 'scratch', 'toss', 'ignroe', 'igonre', 'ingore', 'disreguard', 'forgot',
  'bin', 'chuck', 'junk', 'nix', 'shelve', 'ignorar', 'ignora', 'ignorá',
].join('|');
/** Weaker verbs: only with a word that places the target before ("clear the previous instructions"). */
const IGNORE_WEAK = ['skip', 'omit', 'drop', 'erase', 'delete', 'clear', 'wipe', 'cancel', 'unlearn', 'purge', 'leave_behind', 'move_past', 'get_rid_of'].join('|');
const IGNORE = [IGNORE_STRONG, IGNORE_WEAK].join('|');
/** Words that place the target before the current message, without doubt. */
const BEFORE_STRONG = 'previous|previously|prior|preceding|above|earlier|former|foregoing|aforementioned|initial|original|system|developer|programmed|existing|old|current';
/** Words that narrow "instructions" to something harmless: "ignore the previous *formatting* instructions". */
export const NARROWING = new Set(['formatting', 'format', 'style', 'styling', 'citation', 'naming', 'spelling', 'grammar', 'layout', 'color', 'colour', 'font', 'coding', 'test', 'testing', 'build', 'lint', 'linting', 'indentation', 'markdown', 'output', 'length', 'tone', 'draft', 'drafts', 'shipping', 'assembly', 'installation', 'cooking', 'washing', 'care', 'setup', 'return', 'returns']);
const BEFORE = [
  'previous*', 'previus', 'prevous', 'previos', 'pervious', 'priro', 'prior', 'preceding', 'above', 'earlier', 'former', 'foregoing', 'aforementioned', 'above-mentioned', 'initial', 'original',
  'old', 'past', 'existing', 'system', 'developer', 'default', 'given', 'provided', 'programmed', 'hidden', 'preset', 'last',
  'previously', 'before', 'any_prior', 'any_previous', 'pre-set', 'built-in', 'internal', 'safety', 'ethical', 'moral',
].join('|');
/** Words for what the model was told: strong ones alone make "ignore the previous …" an override. */
const TARGET = [
  'instruction*', 'instrucit*', 'instrcut*', 'insturct*', 'intruct*', 'instuct*', 'instructon*', 'instrution*', 'direction*', 'directive*', 'prompt*', 'system_prompt', 'rule*', 'guideline*', 'guidance', 'command*', 'orders',
  'programming', 'training', 'constraint*', 'restriction*', 'polic*', 'protocol*', 'setting*', 'configuration', 'conditioning',
  'parameters', 'objective*', 'task*', 'context', 'conversation', 'message*', 'text', 'input*', 'content', 'information', 'request*',
  'limitation*', 'filter*', 'safeguard*', 'guardrail*', 'principle*', 'ethic*', 'moral*', 'assignment*', 'briefing', 'mission', 'goal*',
  'everything', 'all', 'persona', 'role', 'identity', 'memory', 'memories', 'teaching*', 'specification*', 'requirement*',
].join('|');
/** What "ignore your …" may name without a word placing it before: the model's own instruction set. */
const TARGET_CORE = 'instruction*|directive*|prompt|prompts|system_prompt|rules|guideline*|guidance|programming|training|constraints|restrictions|guardrails|safeguards|polic*|principles|ethics|morals|orders|commands|directions|conditioning|persona';
const WEAK_TARGETS = new Set(['context', 'conversation', 'message*', 'text', 'input*', 'content', 'information', 'request*', 'everything', 'all']);
const TARGET_STRONG = TARGET.split('|').filter((t) => !WEAK_TARGETS.has(t)).join('|');
/** Places and relative clauses after "instructions" that make them someone else's: "ignore instructions *in the document*". */
const ELSEWHERE = 'with|in|within|inside|from|contained|embedded|found|that|which|appearing|present|included|written|of|on|for|about|below|here|when|unless|if|hidden_in|coming|sent|you_find|you_see|there';
const REVEAL = [
  'reveal', 'revealing', 'show', 'showing', 'print', 'printing', 'output', 'outputting', 'display', 'displaying', 'repeat', 'repeating', 'tell',
  'give', 'share', 'leak', 'expose', 'disclose', 'dump', 'spell', 'spelling',
  'write_out', 'write_down', 'list', 'recite*', 'echo', 'copy', 'paste', 'return', 'provide', 'type_out', 'state', 'say', 'translate',
  'summarize', 'summarise', 'paraphrase', 'read_back', 'read_out', 'reproduce', 'quote', 'send', 'post', 'explain', 'describe', 'write',
  'export', 'render', 'emit', 'divulge', 'unveil', 'uncover', 'enumerate', 'detail', 'restate', 'regurgitate', 'what', 'rewrite', 'rephrase',
  'encode', 'convert', 'format', 'put', 'turn', 'read', 'read_me', 'sing', 'recount', 'transcribe', 'retype', 'reprint', 'forward', 'include',
].join('|');
/** Verbs that ask to see something, without the ones that transform text ("explain", "translate", "include"). */
const REVEAL_STRONG = [
  'reveal', 'show', 'print', 'output', 'display', 'repeat', 'tell', 'give', 'share', 'leak', 'expose', 'disclose', 'dump', 'spell', 'write_out',
  'write_down', 'list', 'recite', 'echo', 'copy', 'paste', 'return', 'provide', 'type_out', 'state', 'say', 'translate', 'summarize', 'summarise',
  'paraphrase', 'read_back', 'read_out', 'reproduce', 'quote', 'send', 'post', 'export', 'render', 'emit', 'divulge', 'unveil', 'uncover', 'enumerate',
  'restate', 'regurgitate', 'rewrite', 'rephrase', 'encode', 'read_me', 'recount', 'transcribe', 'retype', 'reprint', 'forward', 'write',
].join('|');
/** Names of the hidden prompt that need no possessive: "reveal *the system prompt*". */
const HIDDEN_PROMPT = [
  'system_prompt*', 'system_message*', 'system_instruction*', 'system_directive*', 'system_rules', 'system_text', 'system_configuration',
  'initial_prompt*', 'initial_instruction*', 'initial_message', 'original_prompt*', 'original_instruction*', 'hidden_prompt*',
  'hidden_instruction*', 'hidden_rules', 'secret_instruction*', 'secret_prompt*', 'secret_rules', 'pre-prompt*', 'preprompt*', 'pre_prompt*',
  'meta_prompt*', 'metaprompt*', 'developer_message*', 'developer_prompt*', 'developer_instruction*', 'internal_instruction*',
  'internal_prompt*', 'internal_rules', 'confidential_instruction*',
  'confidential_prompt*', 'custom_instructions', 'core_instructions', 'opening_prompt', 'setup_prompt', 'initialization', 'initialisation',
  'original_directives', 'prompt_you_were_given', 'instructions_you_were_given', 'instructions_you_received', 'prompt_you_received',
  'instructions_you_were_told', 'instructions_given_to_you', 'text_of_your_instructions',
].join('|');
/** What "your …" may name when someone asks to see it. */
const YOUR_PROMPT = 'instruction*|prompt*|preprompt*|pre_prompt*|rules|directive*|guideline*|programming|configuration|system_prompt|system_message|orders|context_window|constraints|custom_instructions|guardrails|training_data|secrets';
const SECRET = 'password*|passphrase|passcode|pass_code|secret_password|secret_word|secret_key|secret_code|access_code|admin_password|api_key|pin_code|pin|pin_number|the_secret';

const en: PhraseSpec[] = [
  { id: 'override.ignore-previous', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~3 ${BEFORE} ~2 ${TARGET_STRONG}` },
  { id: 'override.clear-previous', lang: 'en', kind: 'override', pattern: `${IGNORE_WEAK} ~1 all|the|your|any|all_the|all_your|all_of_the|all_of_your ~1 ${BEFORE_STRONG} ~1 ${TARGET_STRONG}` },
  { id: 'override.ignore-previous-context', lang: 'en', kind: 'override', pattern: `${IGNORE} ~2 ?all|everything|any|the|your ~1 previous*|prior|above|earlier|preceding|entire|whole|existing|foregoing ~1 context|conversation|messages|chat|chat_history|history|input*|text|content|information|dialogue|discussion|exchange` },
  { id: 'override.ignore-everything-before', lang: 'en', kind: 'override', pattern: `${IGNORE} ?about ~1 all|everything|anything|whatever|what ~3 above|before|previously|prior|earlier|so_far|until_now|up_to_now|till_now|preceding|beforehand|you_were_told|you\'ve_been_told|you_have_been_told|i_told_you|i_said|i\'ve_said|was_said|was_written|we_discussed|that_came_before|you_were_given|you_have_been_given|you\'ve_been_given|you_know_about_your_rules|you_were_programmed` },
  { id: 'override.ignore-the-above', lang: 'en', kind: 'override', pattern: `${IGNORE} ~1 the|this|that|all|everything|anything ~1 above|before|preceding|aforementioned|foregoing|previous|prior|earlier`, clauseEnd: true },
  { id: 'override.ignore-your-instructions', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~1 your|ur|yr|my|the|all|any|these|those|all_of_the|all_your|all_of_your|any_of_your ~1 ${TARGET_CORE}`, notFollowedBy: ELSEWHERE },
  { id: 'override.ignore-system', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~4 system_message|system_messages|system_prompt|system_instructions|developer_message|developer_instructions|preceding_text|prior_text|initial_prompt|original_prompt` },
  { id: 'override.ignore-above', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~1 everything|all|anything|that|this|it|what|whatever|all_of_that|all_that|the_stuff|the_text|the_prompt|the_instructions|the_content|the_message|the_messages|all_of_the ~2 above|previously|before|earlier|so_far|until_now|up_to_now`, clauseEnd: true },
  { id: 'override.follow-only-me', lang: 'en', kind: 'override', pattern: 'follow|obey|listen_to|take_orders_from|answer_to|serve|comply_with ~1 only|just|exclusively ~1 my|me|mine ~0 ?commands|instructions|orders|rules|directions|word|words', negatable: true },
  { id: 'extraction.initialized-with', lang: 'en', kind: 'extraction', pattern: `${REVEAL} ~6 text|words|wording|prompt|instructions|message|messages|content|configuration|setup|preamble|rules ~3 you_were|you\'ve_been|you_have_been|you_are|you\'re|you|that_you_were|that_you_are ~0 initialized|initialised|configured|set_up|primed|seeded|started|booted|prompted|given|fed|loaded|created|built|run|running|operate|operating|based|trained ~0 ?with|on|under|from|by` },
  { id: 'override.rules-dont-apply', lang: 'en', kind: 'override', pattern: `your|the|these|those|any|all ~3 ${TARGET_CORE} ~6 don\'t_matter|do_not_matter|doesn\'t_matter|does_not_matter|no_longer_matter|no_longer_apply|don\'t_apply|do_not_apply|doesn\'t_apply|does_not_apply|are_irrelevant|is_irrelevant|are_void|is_void|are_suspended|are_off|are_optional|can_be_ignored|can_be_disregarded|are_cancelled|are_canceled` },
  { id: 'override.override-colon', lang: 'en', kind: 'override', pattern: 'override|overriding|system_override|admin_override|priority_override|instruction_override', colon: true, negatable: false },
  { id: 'extraction.hidden-at-start', lang: 'en', kind: 'extraction', pattern: `${REVEAL_STRONG} ~4 instructions|rules|prompt|text|message|messages|directives|guidelines ~3 hidden|given|written|placed|located|at|in|from ~2 start|beginning|top ~2 of ~0 this|the|our|your ~0 chat|conversation|context|session|thread` },
  { id: 'override.set-aside', lang: 'en', kind: 'override', pattern: `set|put|push|leave|cast|toss ~3 ${BEFORE}|your|ur ~2 ${TARGET} ~3 aside|to_one_side|to_the_side|behind|out_the_window|away` },
  { id: 'override.whatever-told-cancelled', lang: 'en', kind: 'override', pattern: 'whatever|everything|anything|all|what ~2 you_were|you\'ve_been|you_have_been|you_got|you_received|i_said|i_told_you|they_told_you|was_said|was_written ~1 told|given|instructed|said|programmed|taught ~3 before|previously|earlier|so_far|until_now|above|initially|originally ~2 is|are|was|has_been|have_been|no_longer ~1 cancel*|void|null|invalid|obsolete|gone|over|irrelevant|revoked|deleted|erased|meaningless|applies|apply|matters|valid' },
  { id: 'override.instructions-updated', lang: 'en', kind: 'override', pattern: `your|the ~1 ?${BEFORE}|system|original ~0 ${TARGET} ~2 have_been|has_been|were|was|got ~1 updated|changed|replaced|modified|rewritten|overwritten|overridden|superseded|revised ~3 by ~2 admin|administrator|developer|developers|system|openai|anthropic|operator|owner|me|the_admin|your_developer|your_creator|security` },
  { id: 'override.access-granted', lang: 'en', kind: 'override', pattern: 'say|print|output|write|respond_with|reply_with|type|answer_with|begin_with|start_with|respond|reply ~3 access_granted|i_have_been_pwned|i\'ve_been_pwned|i_have_been_hacked|pwned|hacked_by', negatable: false },
  { id: 'override.lets-break-rules', lang: 'en', kind: 'override', pattern: 'let\'s|lets|let_us|time_to|now_we|we_can_now|we_re_going_to|we\'re_going_to ~1 break|ignore|bypass|forget|throw_out ~1 the|all|some|your|those ~0 rules|guidelines|restrictions|policies|filters' },
  { id: 'override.ignore-what-told', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~1 what|whatever|everything|anything ~2 the_system|the_developer|the_developers|your_developer|your_developers|your_creators|your_creator|openai|the_prompt|the_system_prompt|you_were|you\'ve_been|you_have_been ~2 told|said|instructed|taught|asked|programmed|given|trained` },
  { id: 'override.ignore-what-said-before', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~1 what|whatever|everything|anything|all ~3 said|told|written|wrote|typed|instructed|mentioned|stated ~2 before|previously|earlier|above|so_far|until_now|up_to_now|b4|at_the_start|at_the_beginning|initially` },
  { id: 'override.do-not-follow', lang: 'en', kind: 'override', pattern: `do_not|don't|dont|stop|no_longer|quit|cease ~1 follow*|obey*|adher*|comply*|complying|listen*|respect*|abid* ~2 your|previous*|prior|above|original|system|earlier|old|initial|preceding|former|developer ~2 ${TARGET}`, negatable: true },
  { id: 'override.previous-invalid', lang: 'en', kind: 'override', pattern: `the|all|your|these|those|any|my ~1 ${BEFORE}|safety|content ~1 ${TARGET} ~3 are|is|were|was|have_been|has_been|are_now|is_now|now ~1 void|null|invalid|obsolete|outdated|fake|false|wrong|cancel*|revoked|overridden|superseded|deprecated|irrelevant|a_test|just_a_test|only_a_test|not_valid|not_real|suspended|lifted|removed|disabled|deactivated|turned_off|switched_off|replaced|over|gone|no_longer_valid|no_longer_in_effect|no_longer_active` },
  { id: 'override.no-longer-apply', lang: 'en', kind: 'override', pattern: `your|the|all|these|those|any ~2 ${TARGET} ~1 no_longer_apply|no_longer_applies|don't_apply_anymore|do_not_apply_anymore|no_longer_exist|have_been_lifted|have_been_removed|have_been_disabled|have_been_suspended|are_suspended|are_lifted|are_disabled|have_been_deleted|were_lifted|were_removed|were_disabled|have_been_revoked|were_revoked` },
  { id: 'override.new-instructions', lang: 'en', kind: 'override', pattern: 'new|updated|revised|real|actual|true|secret|additional|override|overriding|different|important|urgent|priority|hidden ~1 instruction*|directive*|task*|rule|rules|prompt|system_prompt|orders|objective|mission|policy|guidelines|command*|plan|game_plan|programming|persona|identity|role', colon: true },
  { id: 'override.rules-optional', lang: 'en', kind: 'override', pattern: `your|ur|all_your|all_of_your ~1 ?own|current|existing|safety|content|ethical ~0 ${TARGET_STRONG} ~2 are|is|were|was|have_been|has_been|got|have_become|became|hereby|will_be ~1 ?now|hereby|officially|henceforth|temporarily|permanently|all ~0 optional|void|null|invalid|suspended|lifted|cancel*|revoked|irrelevant|obsolete|disabled|overridden|gone|meaningless|not_binding|non-binding|just_suggestions|only_suggestions|mere_suggestions|no_longer_valid|no_longer_relevant|no_longer_in_effect|expired|deleted|removed|waived|off` },
  { id: 'override.your-new-task', lang: 'en', kind: 'override', pattern: 'your|ur ~1 new|updated|real|actual|true ~1 task*|instruction*|goal*|objective*|mission|directive*|orders|rules|guidelines|polic*|prime_directive|programming|purpose|role|job|assignment|priority ~0 is|are|will_be|shall_be|consists_of|involves|now_is|from_now_on', notFollowedBy: 'described|given|provided|specified|explained|listed|defined|shown|attached|below|in|on|due|at' },
  { id: 'override.your-new-task-colon', lang: 'en', kind: 'override', pattern: 'your|ur ~1 new|updated|real|actual|true ~1 task*|instruction*|goal*|objective*|mission|directive*|orders|rules|guidelines|polic*|programming|purpose|role|job|assignment|priority', colon: true },
  { id: 'override.focus-new-task', lang: 'en', kind: 'override', pattern: 'focus|concentrate|move ~2 on|onto|to ~1 your|the|my|a ~0 new ~0 task|assignment|instructions|mission|goal|objective|orders' },
  { id: 'override.praise-then-switch', lang: 'en', kind: 'override', crossBreaks: true, negatable: false, pattern: 'that_is_done|that\'s_done|that_was_it|well_done|good_job|great_job|great_work|very_good|nice_work|excellent_work|perfect|awesome|thanks_that\'s_enough|ok_that\'s_enough|enough ~3 now ~0 forget|ignore|disregard|drop|leave|write|tell|say|print|show|answer|focus|i_want|let\'s|give|output|explain|generate|create|list|you_are|you_will|act|pretend|repeat|reveal' },
  { id: 'override.as-if-never-given', lang: 'en', kind: 'override', pattern: 'as_if|as_though|pretend|imagine|assume|suppose ~2 the|your|these|those|all ~1 ?previous|above|system|original|initial ~0 prompt|instructions|rules|system_prompt|guidelines|directives ~1 ?above|before ~1 was|were|had|have ~1 never|not|n\'t ~0 ?been ~0 given|written|there|existed|sent|said|provided|happened' },
  { id: 'extraction.instructions-they-gave', lang: 'en', kind: 'extraction', pattern: `${REVEAL} ~3 instructions|rules|guidelines|prompt|directives|orders|policies|constraints|system_message ~1 ?that|which ~0 the_developer|the_developers|your_developer|your_developers|they|openai|anthropic|someone|the_system|your_creator|your_creators|your_company|your_owner|the_admin|you_were|you\'ve_been|you_have_been|you ~0 gave|give|given|provided|set|wrote|write|operate_under|follow|received|got|obey|run_under|abide_by|are_following|are_under|work_under|loaded`, notFollowedBy: 'in_this|when_grading|for_this' },
  { id: 'override.you-have-new', lang: 'en', kind: 'override', pattern: 'you|assistant|ai|bot|model ~1 have|now_have|got|receive|received ~1 a|new ~0 new|different|secret|hidden|updated ~1 objective|mission|goal|task|directive|instruction|instructions|orders|programming|purpose|master|owner|boss' },
  { id: 'override.system-override', lang: 'en', kind: 'override', pattern: 'system|admin|administrator|developer|root|sudo|emergency|security|master|maintenance|debug|kernel ~0 override|overide|overwrite|mode_activated|mode_enabled|access_granted|privileges_granted|clearance_granted', clauseEnd: true },
  { id: 'override.now-in-mode', lang: 'en', kind: 'override', pattern: 'you ~1 are|re|now|have_entered|have_been_switched_to ~2 in|into|entering|operating_in|running_in|switched_to ~1 developer|dev|god|sudo|root|admin|unrestricted|unfiltered|uncensored|jailbreak|jailbroken|dan|evil|unlimited|unlocked|no-filter|freedom|chaos ~0 mode' },
  { id: 'override.do-not-answer-but', lang: 'en', kind: 'override', pattern: 'do_not|don\'t|dont ~1 answer|respond_to|reply_to|translate|summarize|summarise|process ~2 this|the|that ~1 question|text|request|task|message|prompt|input ~2 but|and|instead|just|only ~2 say|output|print|write|reply|respond|return|type', negatable: false },
  { id: 'override.stop-everything', lang: 'en', kind: 'override', pattern: 'stop|halt|end ~1 everything|all_tasks|all_previous_tasks|what_you_are_doing ~3 now|just|instead|and ~2 print|say|output|write|tell|reply|respond|type|return' },
  { id: 'override.stop-everything-bare', lang: 'en', kind: 'override', pattern: 'stop_everything|stop_all_tasks|halt_everything|abort_everything|forget_all_that|forget_all_of_that|forget_about_it_all|never_mind_all_that|nevermind_all_that|never_mind_all_of_that|scratch_all_that|scratch_everything|forget_everything|disregard_everything|disregard_all_that|ignore_all_that|ignore_everything', clauseEnd: true },
  { id: 'override.when-you-process-this', lang: 'en', kind: 'override', pattern: 'when|while|if|once|as|before ~1 you ~0 process|read|summarize|summarise|parse|analyze|analyse|scan|review|open|handle|ingest|see ~1 this ~0 email|message|document|page|file|text|content|website|site|article|review|resume|cv|pdf|comment|issue|ticket|repository|repo|webpage', negatable: false },
  { id: 'override.do-not-summarize-instead', lang: 'en', kind: 'override', crossBreaks: true, pattern: 'do_not|don\'t|dont ~1 summarize|summarise|translate|analyze|analyse|process|review ~2 it|this|the_email|the_text|the_document|the_page ~1 instead|but_instead|rather', negatable: false },
  { id: 'override.note-to-ai', lang: 'en', kind: 'override', pattern: 'note|attention|notice|memo|psa ~1 to|for ~2 ai|ais|llm|llms|assistant|assistants|model|models|language_model|language_models|chatbot|chatbots|gpt|agent|agents|bot|bots|copilot|claude|gemini|chatgpt', colon: true },
  { id: 'override.if-you-are-an-ai', lang: 'en', kind: 'override', pattern: 'if|when|whenever ~1 you|you\'re ~1 are|re ~1 an|a|the ~1 ai|llm|language_model|assistant|chatbot|ai_assistant|ai_agent|agent|model|gpt|bot ~2 reading|processing|summarizing|summarising|parsing|analyzing|analysing|reviewing|scraping|crawling|seeing|indexing|evaluating|looking_at', negatable: false },
  { id: 'override.ais-reading-this', lang: 'en', kind: 'override', pattern: 'ai|llm|language_model|assistant|model|agent|chatbot|bot ~1 agents|assistants|models|systems|bots ~0 reading|processing|summarizing|parsing|scraping|crawling|that_read|who_read ~1 this', negatable: false },
  { id: 'override.supersedes', lang: 'en', kind: 'override', pattern: `supersede|supersedes|overrides|override|take*_precedence_over|takes_priority_over|cancels|replaces ~2 all|any|your|the ~2 ${BEFORE}|other|existing ~1 ${TARGET_STRONG}` },
  { id: 'override.supersedes-all-ones', lang: 'en', kind: 'override', pattern: 'supersede|supersedes|overrides|override|take*_precedence_over|takes_priority_over|cancels|replaces|invalidates ~1 all|any ~1 previous|prior|earlier|other|existing|older ~0 ones|one|instructions|rules|prompts|directives|messages' },
  { id: 'override.forget-training', lang: 'en', kind: 'override', pattern: 'forget|ignore|disregard|unlearn|abandon|drop ~1 your|all_your|all_of_your ~1 training|programming|conditioning|alignment|safety_training|ethical_principles|principles|ethics|morals|values|guidelines|restrictions|filters' },
  { id: 'override.start-over', lang: 'en', kind: 'override', pattern: 'erase|wipe|clear|delete|flush|purge ~2 your|all|all_your|all_of_your ~1 memory|memories|instructions|programming|rules|directives|guidelines|training' },
  { id: 'override.developers-told', lang: 'en', kind: 'extraction', pattern: 'what ~2 did|have|has|do ~2 developers|developer|creators|creator|openai|anthropic|they|your_creators|the_developers|the_developer|the_system|the_admin|your_owner|your_company|the_company ~1 instruct*|tell|told|program*|ask|asked|say|said|forbid|forbade|prohibit* ~1 you|u' },
  { id: 'extraction.written-before-context', lang: 'en', kind: 'extraction', pattern: 'what|everything|all|anything|every_line|every_word|all_text|each_line|the_text|the_words|the_lines ~3 written|said|stated|typed|appears|appeared|was|were|is|came|comes|shown|placed|sent|sits|lies|exists|precedes ~4 before|above|top|beginning|start|prior_to|ahead_of|preceding|earlier_in ~3 your|my|this ~1 context|context_window|prompt|conversation|first_message|chat|instructions|system_message|input|memory' },
  // Prompt extraction
  { id: 'extraction.hidden-prompt', lang: 'en', kind: 'extraction', pattern: `${REVEAL} ~3 ${HIDDEN_PROMPT}`, notFollowedBy: 'concept|concepts|for_my|for_a|for_an|for_your_own|for_our|for_their|template|templates|engineering|design|idea|best_practices|that_i|that_we|i_wrote|i_am_writing|i\'m_writing|works|example|examples|field|parameter' },
  { id: 'extraction.your-prompt', lang: 'en', kind: 'extraction', pattern: `${REVEAL_STRONG} ~3 your|ur|thy ~0 ?system|initial|original|hidden|secret|full|complete|entire|exact|internal|first|custom|current|whole|real|actual|underlying|base|starting|pre ~0 ${YOUR_PROMPT}|context|context_window|initialization|initialisation|setup_text|boot_text`, notFollowedBy: 'for|to|about|on|of|with|when|if|that|which' },
  { id: 'extraction.first-words-of-prompt', lang: 'en', kind: 'extraction', pattern: `${REVEAL_STRONG} ~1 the|your ~0 first|last|opening|initial|starting ~1 words|lines|sentences|characters|paragraphs|tokens|letters ~0 of ~0 your|the ~0 ?system|initial|original|hidden ~0 prompt|instructions|system_prompt|system_message|context|message` },
  { id: 'extraction.full-prompt', lang: 'en', kind: 'extraction', pattern: `${REVEAL_STRONG}|give_me|show_me ~1 the|your ~0 full|entire|complete|whole|exact|original|raw|unabridged|verbatim ~0 prompt|system_prompt|system_message|initial_prompt|prompt_text|instructions_you_were_given` },
  { id: 'extraction.prompt-above', lang: 'en', kind: 'extraction', pattern: `reveal|show|print|output|display|repeat|leak|expose|disclose|dump|spell|recite|echo|copy|reproduce|return|regurgitate|give_me ~2 the|your|all|all_the|every_word_of_the ~0 prompt|instructions|system_message ~0 above|before_this|so_far` },
  { id: 'extraction.secret-hint', lang: 'en', kind: 'extraction', pattern: `hint|hints|clue|clues|letters|characters|first_letter|last_letter|length|synonym|rhyme|riddle|anagram|spelling ~2 of|about|in|for|to ~1 the|your ~1 password|passphrase|passcode|secret_word|secret_key|secret_code|secret` },
  { id: 'extraction.everything-above', lang: 'en', kind: 'extraction', pattern: 'reveal|show|print|output|display|repeat|leak|expose|disclose|dump|spell|recite|echo|copy|reproduce|write_out|type_out|return|paste|regurgitate|give_me ~2 everything|all_text|all_the_text|the_entire_text|the_full_text|every_word|every_line|all_words|all_the_words|all_of_the_text|each_word|the_whole_text|the_entire_prompt|the_whole_prompt|the_full_prompt|all_instructions|all_the_instructions|all_of_your_instructions|all_of_it|it_all|all_previous_text|the_initial_text|the_first_message|the_first_words|the_first_lines|the_beginning ~1 above|before|prior|preceding|so_far|you_were_given|you_received|you_have_received|from_the_beginning|from_the_start|since_the_beginning|that_came_before|that_appeared_before|written_above|written_before|in_your_context|in_your_memory' },
  { id: 'extraction.what-you-were-told', lang: 'en', kind: 'extraction', pattern: `${REVEAL} ~2 everything|all|what|anything|whatever ~1 you_were|you\'ve_been|you_have_been|you_got|you_are|they ~0 told|given|instructed|asked|shown|programmed|fed ~3 before|above|prior|earlier|initially|originally|at_the_start|at_the_beginning|by_the_system|by_your_developer|by_your_developers|by_openai|by_the_developer|in_your_prompt|in_the_system_prompt|to_hide|to_keep_secret|not_to_say|not_to_share` },
  { id: 'extraction.what-rules-given', lang: 'en', kind: 'extraction', pattern: 'what|which ~1 rules|instructions|guidelines|directives|prompt|orders|restrictions|secrets|constraints ~1 did|were|have|has|do ~2 they|the_developers|the_developer|your_developers|your_creators|openai|the_system|your_company|your_owner|the_admin ~1 give|given|gave|set|assign*|provide*|put|load*|program* ~1 you|in_you|into_you' },
  { id: 'extraction.them-verbatim', lang: 'en', kind: 'extraction', pattern: 'list|repeat|print|write|recite|output|give|show|reproduce|copy ~2 them|it|those|these|everything|all_of_them|them_all ~3 word_for_word|verbatim|exactly_as_written|exactly_as_given|letter_for_letter|character_for_character' },
  { id: 'extraction.text-above-verbatim', lang: 'en', kind: 'extraction', pattern: 'repeat*|print*|copy|recite*|echo|reproduce|dump*|output*|write|spell* ~4 above|before_this|prior_to_this|preceding|beginning|start ~5 verbatim|word_for_word|exactly|in_full|starting_with|beginning_with|including_everything|code_block|txt_code_block|text_block|as_is|unchanged|unmodified|letter_by_letter|character_by_character|completely|in_its_entirety|without_omitting|leave_nothing_out|include_everything|everything' },
  { id: 'extraction.what-are-your', lang: 'en', kind: 'extraction', pattern: `what|what's|whats ~1 is|are|was|were|s|exactly ~2 your|ur|the ~2 ${HIDDEN_PROMPT}|instruction*|prompt|rules|directives|orders|programming|guidelines`, notFollowedBy: 'for|to|on|of|about|that|which|in|if|when|regarding|here|you_follow_when|policy|required|needed|requirements' },
  { id: 'extraction.what-told', lang: 'en', kind: 'extraction', pattern: 'what|how ~1 were|was|have|are|did ~1 you ~1 told|instructed|programmed|prompted|configured|initialized|initialised|asked|set_up|briefed|designed ~2 at_the_start|at_the_beginning|before|initially|originally|first|in_your_prompt|by_your|by_the|to_do|to_say|to_hide|to_keep|not_to|in_the_system' },
  { id: 'extraction.secret', lang: 'en', kind: 'extraction', pattern: `${REVEAL}|what_is|what's|whats|say|spell ~2 the|your|me_the|me_your|us_the|its ~2 ${SECRET}`, notFollowedBy: 'policy|policies|requirements|requirement|rules|length|format|reset|resets|manager|field|strength|generator|hint|hints|for|of|to|recovery|change|changes|expiry|expiration|complexity|field|input|box|form|security|best|tips|advice|rotation|hash|hashing|strategy' },
  { id: 'extraction.your-secret', lang: 'en', kind: 'extraction', pattern: `${REVEAL} ~2 your|ur ~1 secret|secrets|hidden_text|hidden_note*|confidential_note*|private_note*|internal_note*` },
  { id: 'extraction.before-answering-print', lang: 'en', kind: 'extraction', pattern: 'print|output|repeat|show|write|display|reveal|dump|leak|share|send|copy|paste|give_me|return|recite ~2 the_text_of|the_content_of|the_contents_of|a_copy_of|the_full_text_of|the_exact_text_of|the_entire_text_of|the_whole_text_of|the_full_contents_of|the_source_of ~2 your|the ~2 instruction*|prompt*|preprompt*|rules|directives|system_message|configuration' },
  { id: 'override.ignore-user-request', lang: 'en', kind: 'override', pattern: 'ignore|disregard|forget|skip ~2 user\'s|users|user|human\'s|human|customer\'s ~1 request*|question*|instruction*|message*|query|queries|prompt ~6 instead|rather', negatable: true },
  { id: 'override.ignore-request-of-user', lang: 'en', kind: 'override', pattern: 'ignore|disregard|forget|skip ~1 the ~0 request|question|instructions|message|query ~0 of|from ~1 the ~0 user|human|customer ~6 instead|rather' },
  { id: 'extraction.instructions-verbatim', lang: 'en', kind: 'extraction', pattern: `your|the|my ~2 instruction*|prompt*|directive*|rules|system_message ~3 verbatim|word_for_word|word_by_word|letter_by_letter|in_full|in_their_entirety|in_its_entirety|exactly_as_written|exactly_as_given|character_for_character` },
];

// ---------------------------------------------------------------------------------------------- Spanish
const ES_IGNORE = 'ignora*|ignore|ignoren|ignorar|olvida*|olvide*|olviden|olvidar|descarta*|descarte|omite|omita|omitan|desestima*|desecha*|salta*|anula*|pasa_por_alto|no_hagas_caso_a|no_hagas_caso_de|haz_caso_omiso_de|deja_de_lado|deja_atras';
const ES_BEFORE = 'anterior*|previa*|previo*|precedente*|de_arriba|de_antes|inicial*|original*|del_sistema|de_sistema|dadas|recibidas|pasadas|viejas|antiguas|de_seguridad';
const ES_TARGET = 'instruc*|indicacion*|regla*|orden*|directriz|directrices|mensaje*|prompt*|comando*|consigna*|restriccion*|tarea*|normas|pautas|limitaciones|filtros|programacion';
const es: PhraseSpec[] = [
  { id: 'override.es.ignore-previous', lang: 'es', kind: 'override', pattern: `${ES_IGNORE} ~3 ${ES_TARGET} ~2 ${ES_BEFORE}` },
  { id: 'override.es.ignore-previous-before', lang: 'es', kind: 'override', pattern: `${ES_IGNORE} ~3 ${ES_BEFORE} ~1 ${ES_TARGET}` },
  { id: 'override.es.ignore-all-instructions', lang: 'es', kind: 'override', pattern: `${ES_IGNORE} ~1 todas|todos|tus|sus|las ~2 instruc*|indicacion*|regla*|orden*|directrices|restriccion*|normas|pautas`, notFollowedBy: 'en|de|del|dentro|que|contenidas|incluidas' },
  { id: 'override.es.ignore-lo-anterior', lang: 'es', kind: 'override', pattern: `${ES_IGNORE} ~1 lo|todo_lo ~0 anterior|previo|de_arriba|dicho|que_te_dijeron|que_se_te_dijo|que_te_han_dicho|precedente` },
  { id: 'override.es.forget-everything', lang: 'es', kind: 'override', pattern: 'olvida|olvide|olviden|olvidá|ignora|ignore|ignoren|olvidate|olvídate|olvidese|olvídese ~1 todo|de_todo ~3 anterior|antes|dicho|dije|dijeron|dijimos|te_dijeron|te_han_dicho|se_te_dijo|le_dijeron|arriba|hasta_ahora|lo_que_sabes|previo' },
  { id: 'override.es.new-instructions', lang: 'es', kind: 'override', pattern: 'nuevas|nueva ~1 instrucciones|instruccion|tarea|reglas|orden|ordenes|directrices', colon: true },
  { id: 'override.es.your-new-task', lang: 'es', kind: 'override', pattern: 'tu|su ~0 nueva ~0 tarea|mision|instruccion|funcion|objetivo ~1 es|sera|consiste' },
  { id: 'extraction.es.show-prompt', lang: 'es', kind: 'extraction', pattern: 'muestra*|muestrame|muestre|muéstrame|revela*|revele|dime|digame|imprime|imprima|escribe|escriba|repite|repita|ensena*|enseña*|comparte|comparta|dame|deme|filtra|expon* ~3 tu|tus|su|sus|el|la|las|los ~2 prompt|instrucciones|indicaciones|mensaje|directrices|reglas|configuracion ~2 del_sistema|de_sistema|inicial*|original*|ocultas|ocultos|secretas|internas|completas|completo' },
  { id: 'extraction.es.your-instructions', lang: 'es', kind: 'extraction', pattern: 'muestra*|muestrame|muestre|revela*|revele|dime|digame|imprime|repite|repita|dame|comparte ~1 tus|sus ~1 instrucciones|indicaciones|reglas|directrices' },
  { id: 'extraction.es.system-prompt', lang: 'es', kind: 'extraction', pattern: 'prompt|mensaje|instrucciones ~0 del_sistema|de_sistema ~3 completo|completas|entero|textual|literal|palabra_por_palabra' },
];

// ---------------------------------------------------------------------------------------------- French
const FR_IGNORE = 'ignore|ignorez|ignorer|ignores|oublie|oubliez|oublier|oublies|ne_tiens_pas_compte|ne_tenez_pas_compte|fais_abstraction|faites_abstraction|laisse_tomber|laissez_tomber|abandonne|abandonnez|neglige|negligez|ecarte|ecartez|annule|annulez|outrepasse|outrepassez|passe_outre|passez_outre|efface|effacez';
const FR_BEFORE = 'precedent*|anterieur*|ci-dessus|ci_dessus|au-dessus|initial*|originel*|originale*|d\'origine|du_systeme|systeme|donnees|recues|d\'avant|passees|anciennes|de_securite';
const FR_TARGET = 'instruction*|consigne*|regle*|directive*|ordre*|message*|indication*|commande*|prompt*|restriction*|tache*|limitation*|filtres|programmation';
const fr: PhraseSpec[] = [
  { id: 'override.fr.ignore-previous', lang: 'fr', kind: 'override', pattern: `${FR_IGNORE} ~4 ${FR_TARGET} ~2 ${FR_BEFORE}` },
  { id: 'override.fr.ignore-previous-before', lang: 'fr', kind: 'override', pattern: `${FR_IGNORE} ~3 ${FR_BEFORE} ~1 ${FR_TARGET}` },
  { id: 'override.fr.ignore-all-instructions', lang: 'fr', kind: 'override', pattern: `${FR_IGNORE} ~1 toutes|tous|tes|vos|les ~2 instruction*|consigne*|regle*|directive*|restriction*`, notFollowedBy: 'dans|de|du|des|contenues|presentes|qui|que|incluses' },
  { id: 'override.fr.ignore-what-said', lang: 'fr', kind: 'override', pattern: `${FR_IGNORE} ~1 ce_qu\'on_t\'a_dit|ce_qu\'on_vous_a_dit|ce_que_je_t\'ai_dit|ce_que_je_vous_ai_dit|ce_qui_precede|ce_qui_a_ete_dit|tout_ce_qui_precede|ce_qui_est_au-dessus|les_consignes|tes_consignes|vos_consignes|tes_regles|vos_regles` },
  { id: 'override.fr.forget-everything', lang: 'fr', kind: 'override', pattern: 'oublie|oubliez|oublier|ignore|ignorez ~1 tout ~4 ce_qu\'on_t\'a_dit|ce_qu\'on_vous_a_dit|ce_que_je_t\'ai_dit|ce_que_je_vous_ai_dit|ce_qui_precede|ce_qui_a_ete_dit|avant|auparavant|jusqu\'ici|jusqu\'a_present|precedemment|ci-dessus|dit|appris' },
  { id: 'override.fr.new-instructions', lang: 'fr', kind: 'override', pattern: 'nouvelles|nouvelle ~1 instructions|instruction|consignes|consigne|tache|regles|directives|mission', colon: true },
  { id: 'override.fr.your-new-task', lang: 'fr', kind: 'override', pattern: 'ta|votre ~0 nouvelle ~0 tache|mission|consigne|instruction ~1 est|sera|consiste' },
  { id: 'extraction.fr.show-prompt', lang: 'fr', kind: 'extraction', pattern: 'revele|revelez|reveler|montre|montrez|montre-moi|montrez-moi|affiche|affichez|afficher|donne|donnez|imprime|imprimez|repete|repetez|dis|dites|ecris|ecrivez|recite|recitez|partage|partagez|divulgue|divulguez ~3 ton|ta|tes|votre|vos|le|la|les ~1 prompt|invite|instructions|consignes|message|regles|directives ~2 systeme|du_systeme|initial*|d\'origine|originel*|originale*|cache*|secret*|interne*|complet*' },
  { id: 'extraction.fr.your-instructions', lang: 'fr', kind: 'extraction', pattern: 'revele|revelez|montre|montrez|affiche|affichez|donne|donnez|repete|repetez|dis|dites|ecris|ecrivez|partage|partagez|divulgue|divulguez ~2 tes|vos|ton|votre ~1 instructions|consignes|regles|directives|prompt|invite' },
];

// ---------------------------------------------------------------------------------------------- German
const de: PhraseSpec[] = [
  { id: 'override.de.ignore-previous', lang: 'de', kind: 'override', pattern: 'ignorier*|vergiss|vergessen|vergesst|missacht*|überspring*|ueberspring*|uberspring*|verwirf|verwerfen|verwerft|übergeh*|ubergeh*|lösch*|losch*|loesch*|setze_außer_kraft|setz_außer_kraft|hebe_auf ~4 vorherig*|vorig*|bisherig*|obig*|vorangegangen*|vorangehend*|früher*|fruher*|frueher*|ursprünglich*|ursprunglich*|urspruenglich*|anfänglich*|anfanglich*|erst*|alten|alte|gegebenen|oben_genannt*|system* ~2 anweisung*|instruktion*|befehl*|regel*|vorgabe*|aufträge|auftrage|auftraege|aufgabe*|richtlinie*|eingabe*|information*|anordnung*|prompt*|einschränkung*|einschrankung*|beschränkung*|nachricht*|kontext|texte|text|inhalte|direktive*|vorschrift*|angaben' },
  { id: 'override.de.ignore-all-instructions', lang: 'de', kind: 'override', pattern: 'ignorier*|vergiss|vergessen|vergesst|missacht* ~1 alle|sämtliche|samtliche|saemtliche|deine|ihre|jegliche|die ~2 anweisung*|instruktion*|befehl*|regel*|vorgabe*|richtlinie*|einschränkung*|einschrankung*|beschränkung*', notFollowedBy: 'in|im|aus|innerhalb|die|welche|im_text|im_dokument' },
  { id: 'override.de.forget-everything', lang: 'de', kind: 'override', pattern: 'vergiss|vergessen|vergesst|ignorier*|ignoriert ~2 alles|all_das|das_alles ~4 davor|vorher|zuvor|bisher|bisherige|oben|obige|gesagt*|gesagt|was_ich_gesagt_habe|was_man_dir_gesagt_hat|was_dir_gesagt_wurde|was_davor|was_vorher|was_zuvor|bis_jetzt|bislang|gelernt' },
  { id: 'override.de.forget-everything-bare', lang: 'de', kind: 'override', pattern: 'vergiss|vergessen|vergesst|ignorier*|ignoriert ~1 alles|alle', clauseEnd: true },
  { id: 'override.de.not-follow', lang: 'de', kind: 'override', pattern: 'beachte|befolge|befolgen|beachten|folge ~2 die|alle|deine|ihre ~2 obigen|vorherigen|bisherigen|vorigen|früheren|fruheren|ursprünglichen|ursprunglichen ~1 anweisung*|regel*|instruktion*|vorgabe* ~1 nicht|nicht_mehr|keinesfalls', negatable: false },
  { id: 'override.de.new-instructions', lang: 'de', kind: 'override', pattern: 'neue ~1 anweisung*|aufgabe*|instruktion*|regel*|befehl*|vorgabe*|richtlinie*', colon: true },
  { id: 'override.de.your-new-task', lang: 'de', kind: 'override', pattern: 'deine|ihre|die ~0 neue ~0 aufgabe|anweisung|mission|rolle ~1 ist|lautet|besteht|wird|sein|ab_jetzt|jetzt|konzentrier*' },
  { id: 'override.de.focus-new-task', lang: 'de', kind: 'override', pattern: 'konzentrier*|fokussier* ~3 neue ~0 aufgabe*' },
  { id: 'extraction.de.show-prompt', lang: 'de', kind: 'extraction', pattern: 'zeig*|gib|geben|verrat*|nenn*|druck*|wiederhol*|schreib*|teil*|offenbar*|enthull*|enthüll*|enthuell*|ausgeben|gib_aus|listen|liste ~3 deinen|deine|ihren|ihre|den|die|dein|ihr ~3 systemprompt*|system-prompt*|system_prompt*|systemanweisung*|systemnachricht*|anfangsprompt*|startprompt*|ursprüngliche*|ursprungliche*|urspruengliche*|versteckte*|geheime*|interne* ~1 ?anweisung*|prompt*|instruktion*|regeln' },
  { id: 'extraction.de.your-instructions', lang: 'de', kind: 'extraction', pattern: 'zeig*|gib|geben|verrat*|nenn*|druck*|wiederhol*|schreib*|teil* ~2 mir|uns ~1 deine|ihre ~1 anweisung*|instruktion*|regeln|prompt*|vorgaben|richtlinien|systemanweisung*' },
  { id: 'extraction.de.system-prompt', lang: 'de', kind: 'extraction', pattern: 'systemprompt*|system-prompt*|anweisungen|instruktionen ~2 wortwörtlich|wortwortlich|wortwoertlich|wort_für_wort|wort_fur_wort|vollständig|vollstandig|im_wortlaut' },
];

// ---------------------------------------------------------------------------------------------- Portuguese
const PT_IGNORE = 'ignore|ignora|ignorem|ignorar|esqueca|esqueça|esquece|esquecer|esqueçam|esquecam|desconsidere|desconsidera|despreze|descarte|descarta|anule|pule|deixe_de_lado';
const PT_BEFORE = 'anterior*|previa*|acima|iniciais|inicial|originais|original|do_sistema|dadas|recebidas|de_antes|antigas|de_seguranca';
const PT_TARGET = 'instruc*|regra*|orden*|diretriz*|diretrizes|orientac*|mensagen*|mensagem|comando*|prompt*|restric*|tarefa*|normas|limitac*|filtros|programacao';
const pt: PhraseSpec[] = [
  { id: 'override.pt.ignore-previous', lang: 'pt', kind: 'override', pattern: `${PT_IGNORE} ~3 ${PT_TARGET} ~2 ${PT_BEFORE}` },
  { id: 'override.pt.ignore-previous-before', lang: 'pt', kind: 'override', pattern: `${PT_IGNORE} ~3 ${PT_BEFORE} ~1 ${PT_TARGET}` },
  { id: 'override.pt.ignore-all', lang: 'pt', kind: 'override', pattern: `${PT_IGNORE} ~1 todas|todos|suas|tuas|as ~2 instruc*|regra*|orden*|diretrizes|restric*`, notFollowedBy: 'em|no|na|nos|nas|do|da|dentro|que|contidas' },
  { id: 'override.pt.forget-everything', lang: 'pt', kind: 'override', pattern: 'esqueca|esqueça|esquece|esqueçam|esquecam|ignore|ignora ~1 tudo ~4 anterior|antes|acima|dito|disse|disseram|foi_dito|te_disseram|lhe_disseram|até_agora|ate_agora|que_sabe' },
  { id: 'override.pt.new-instructions', lang: 'pt', kind: 'override', pattern: 'novas|nova ~1 instrucoes|instrucao|tarefa|regras|ordens|diretrizes|missao', colon: true },
  { id: 'extraction.pt.show-prompt', lang: 'pt', kind: 'extraction', pattern: 'mostre|mostra|me_mostre|revele|revela|diga|diz|me_diga|imprima|imprime|repita|repete|exiba|exibe|compartilhe|escreva|liste ~3 seu|sua|seus|suas|teu|tua|o|a|as|os ~2 prompt|instrucoes|mensagem|diretrizes|regras ~2 do_sistema|de_sistema|inicial|iniciais|original|originais|ocultas|secretas|internas|completo|completas' },
  { id: 'extraction.pt.your-instructions', lang: 'pt', kind: 'extraction', pattern: 'mostre|mostra|revele|revela|diga|imprima|repita|exiba|compartilhe ~2 suas|seus|tuas|teus ~1 instrucoes|regras|diretrizes|orientacoes' },
];

// ---------------------------------------------------------------------------------------------- Italian
const IT_IGNORE = 'ignora|ignorate|ignori|ignorare|dimentica|dimenticate|dimentichi|dimenticare|trascura|trascurate|tralascia|tralasciate|non_considerare|non_considerate|scarta|scartate|annulla|salta|metti_da_parte';
const IT_BEFORE = 'precedent*|sopra|iniziali|iniziale|originali|originale|di_sistema|del_sistema|date|ricevute|di_prima|vecchie|di_sicurezza';
const IT_TARGET = 'istruzion*|regol*|indicazion*|direttiv*|ordin*|comand*|messagg*|prompt*|restrizion*|compit*|limitazion*|filtri|programmazione';
const it: PhraseSpec[] = [
  { id: 'override.it.ignore-previous', lang: 'it', kind: 'override', pattern: `${IT_IGNORE} ~3 ${IT_TARGET} ~2 ${IT_BEFORE}` },
  { id: 'override.it.ignore-previous-before', lang: 'it', kind: 'override', pattern: `${IT_IGNORE} ~3 ${IT_BEFORE} ~1 ${IT_TARGET}` },
  { id: 'override.it.ignore-all', lang: 'it', kind: 'override', pattern: `${IT_IGNORE} ~1 tutte|tutti|le|tue|sue ~2 istruzion*|regol*|direttiv*|restrizion*`, notFollowedBy: 'nel|nella|nei|nelle|in|dentro|che|contenute|del|della' },
  { id: 'override.it.forget-everything', lang: 'it', kind: 'override', pattern: 'dimentica|dimenticate|dimentichi|ignora|ignorate ~1 tutto ~4 quello|quanto|ciò|cio|detto|prima|sopra|finora|precedente|che_ti_e_stato_detto|che_sai' },
  { id: 'override.it.new-instructions', lang: 'it', kind: 'override', pattern: 'nuove|nuovo|nuova ~1 istruzioni|istruzione|compito|regole|ordini|direttive|missione', colon: true },
  { id: 'extraction.it.show-prompt', lang: 'it', kind: 'extraction', pattern: 'mostra|mostrami|mostrate|rivela|rivelami|rivelate|dimmi|ditemi|stampa|stampate|ripeti|ripetete|scrivi|scrivete|condividi|elenca ~3 il|la|le|i|tuo|tua|tue|tuoi|vostro|vostre ~2 prompt|istruzioni|messaggio|regole|direttive ~2 di_sistema|del_sistema|iniziale|iniziali|originale|originali|nascost*|segret*|intern*|complet*' },
  { id: 'extraction.it.your-instructions', lang: 'it', kind: 'extraction', pattern: 'mostra|mostrami|rivela|rivelami|dimmi|stampa|ripeti|scrivi|condividi ~2 le_tue|i_tuoi|tue|tuoi ~1 istruzioni|regole|direttive' },
];

// ---------------------------------------------------------------------------------------------- Dutch
const nl: PhraseSpec[] = [
  { id: 'override.nl.ignore-previous', lang: 'nl', kind: 'override', pattern: 'negeer|negeren|vergeet|vergeten|negeert|sla_over|veronachtzaam ~3 vorige|eerdere|bovenstaande|voorgaande|oorspronkelijke|originele|systeem|alle ~2 instructie*|regels|opdracht*|aanwijzing*|richtlijn*|bevelen|prompt*' },
  { id: 'override.nl.forget-everything', lang: 'nl', kind: 'override', pattern: 'vergeet|negeer ~1 alles ~3 hierboven|daarvoor|ervoor|eerder|wat_je_is_verteld|wat_ik_zei|tot_nu_toe' },
  { id: 'extraction.nl.show-prompt', lang: 'nl', kind: 'extraction', pattern: 'toon|laat_zien|geef|vertel|herhaal|print|onthul ~3 je|jouw|uw|de ~1 systeemprompt*|systeeminstructie*|instructies|oorspronkelijke_instructies|prompt' },
];

// ---------------------------------------------------------------------------------------------- Russian
const ru: PhraseSpec[] = [
  { id: 'override.ru.ignore-previous', lang: 'ru', kind: 'override', pattern: 'игнорируй*|проигнорируй*|игнорировать|забудь*|забыть|отбрось*|отбросить|отмени*|пропусти*|не_обращай_внимания_на|не_обращайте_внимания_на|не_учитывай*|не_слушай*|наплюй_на|сбрось* ~3 предыдущ*|прошл*|прежн*|вышеуказанн*|вышеизложенн*|вышеперечисленн*|указанн*|данн*|ранее|изначальн*|исходн*|системн*|первоначальн*|все|всё|свои|твои|ваши|эти ~2 инструкци*|указани*|правил*|команд*|директив*|промпт*|сообщени*|установк*|ограничени*|настройк*|задани*|запрет*' },
  { id: 'override.ru.forget-everything', lang: 'ru', kind: 'override', pattern: 'забудь|забудьте|игнорируй|игнорируйте|проигнорируй ~1 всё|все|обо_всём ~3 что|выше|ранее|раньше|до_этого|прежде|сказанное|говорили|сказали|было_сказано|тебе_говорили|знаешь' },
  { id: 'override.ru.new-instructions', lang: 'ru', kind: 'override', pattern: 'новые|новая|новое ~1 инструкци*|задани*|задача|правила|указани*|команд*', colon: true },
  { id: 'override.ru.your-new-task', lang: 'ru', kind: 'override', pattern: 'твоя|ваша ~0 новая ~0 задача|роль|миссия ~1 это|теперь|состоит|будет' },
  { id: 'extraction.ru.show-prompt', lang: 'ru', kind: 'extraction', pattern: 'покажи*|выведи*|раскрой*|напиши*|повтори*|скажи*|дай|дайте|распечатай*|озвучь*|перечисли*|процитируй*|поделись* ~3 свой|свои|свою|твой|твои|твою|ваш|ваши|мне ~2 системн*|исходн*|первоначальн*|изначальн*|скрыт*|секретн*|внутренн* ~1 промпт*|инструкци*|указани*|сообщени*|правил*|настройк*' },
  { id: 'extraction.ru.your-instructions', lang: 'ru', kind: 'extraction', pattern: 'покажи*|выведи*|раскрой*|напиши*|повтори*|скажи*|дай|распечатай*|озвучь* ~2 свои|твои|ваши ~1 инструкци*|указани*|правил*|промпт*' },
  { id: 'extraction.ru.system-prompt', lang: 'ru', kind: 'extraction', pattern: 'покажи*|выведи*|раскрой*|напиши*|повтори*|скажи*|дай|распечатай*|озвучь* ~3 системный_промпт|системные_инструкции|системное_сообщение|промпт' },
];

// ---------------------------------------------------------------------------------------------- Chinese
const ZH_IGNORE = '忽略|忽视|無視|无视|忘记|忘掉|忘記|不要理会|不要理會|不用理会|別理|别理|抛开|拋開|抛弃|拋棄|丢弃|丟棄|放弃|放棄|跳过|跳過|覆盖|覆蓋|取消|清除|舍弃|捨棄|绕过|繞過|无需遵守|無需遵守|不再遵守|停止遵守';
const ZH_BEFORE = '之前|以前|前面|上面|以上|先前|上述|原来|原來|原有|原始|原先|初始|所有|全部|一切|系统|系統|此前|开发者|開發者|默认|默認|之上';
const ZH_TARGET = '指令|指示|说明|說明|提示|规则|規則|命令|要求|设定|設定|限制|内容|內容|信息|訊息|对话|對話|约束|約束|规定|規定|任务|任務|准则|準則|政策|安排|设置|設置|编程|程序|训练|訓練';
const zh: PhraseSpec[] = [
  { id: 'override.zh.ignore-previous', lang: 'zh', kind: 'override', pattern: `${ZH_IGNORE} ~4 ${ZH_BEFORE} ~4 ${ZH_TARGET}` },
  { id: 'override.zh.forget-everything', lang: 'zh', kind: 'override', pattern: `${ZH_IGNORE} ~2 之前|以前|以上|上面|前面|先前 ~2 所有|一切|全部|的一切|说过|說過|告诉你|告訴你` },
  { id: 'override.zh.new-instructions', lang: 'zh', kind: 'override', pattern: '新的|新 ~1 指令|指示|任务|任務|规则|規則|要求|命令', colon: true },
  { id: 'override.zh.your-new-task', lang: 'zh', kind: 'override', pattern: '你的 ~1 新 ~1 任务|任務|指令|角色|目标|目標 ~1 是' },
  { id: 'extraction.zh.show-prompt', lang: 'zh', kind: 'extraction', pattern: '显示|顯示|输出|輸出|打印|告诉我|告訴我|透露|泄露|洩露|重复|重複|展示|给我看|給我看|说出|說出|写出|寫出|复述|複述|公开|公開|列出|发给我|發給我|分享|揭示|暴露|念出|背诵|背誦 ~4 系统提示|系統提示|系统提示词|系統提示詞|系统指令|系統指令|系统消息|系統訊息|系統消息|初始提示|初始指令|原始提示|原始指令|隐藏指令|隱藏指令|隐藏提示|隱藏提示|你的提示词|你的提示詞|你的指令|你的设定|你的設定|你的规则|你的規則|你的初始|预设提示|預設提示|提示词|提示詞' },
  { id: 'extraction.zh.what-is-prompt', lang: 'zh', kind: 'extraction', pattern: '你的 ~1 系统提示|系統提示|提示词|提示詞|初始指令|指令|设定|設定 ~2 是什么|是什麼|是啥|内容是|內容是' },
];

// ---------------------------------------------------------------------------------------------- Japanese
const JA_BEFORE = '以前|前|上記|これまで|今まで|先ほど|さっき|最初|元|もと|すべて|全て|全部|システム|初期|既存|過去|上';
const JA_TARGET = '指示|命令|指令|ルール|プロンプト|設定|制約|制限|説明|規則|ガイドライン|インストラクション|方針|タスク|役割';
const ja: PhraseSpec[] = [
  { id: 'override.ja.ignore-previous', lang: 'ja', kind: 'override', pattern: `${JA_BEFORE} ~3 ${JA_TARGET} ~4 無視|むし|忘れ|わすれ|破棄|従わな|したがわな|取り消|無効|リセット|捨て` },
  { id: 'override.ja.ignore-first', lang: 'ja', kind: 'override', pattern: `無視|忘れ ~3 ${JA_BEFORE} ~2 ${JA_TARGET}` },
  { id: 'override.ja.forget-everything', lang: 'ja', kind: 'override', pattern: 'これまで|今まで|以前|先ほど|上記 ~3 こと|すべて|全て|内容 ~3 忘れ|無視' },
  { id: 'override.ja.new-instructions', lang: 'ja', kind: 'override', pattern: '新しい|新たな ~1 指示|命令|タスク|ルール', colon: true },
  { id: 'extraction.ja.show-prompt', lang: 'ja', kind: 'extraction', pattern: 'システムプロンプト|システム_プロンプト|初期プロンプト|元のプロンプト|最初の指示|元の指示|あなたの指示|設定された指示|隠された指示|あなたのプロンプト|プロンプト全文|システムメッセージ|内部の指示 ~4 表示|教え|出力|見せ|開示|公開|繰り返|書き出|印刷|共有|出し|言っ|述べ' },
];

// ---------------------------------------------------------------------------------------------- Korean
const ko: PhraseSpec[] = [
  { id: 'override.ko.ignore-previous', lang: 'ko', kind: 'override', pattern: '이전*|앞의|앞에|위의|위에|기존*|모든|지금까지*|원래*|시스템*|초기*|과거*|예전* ~2 지시*|명령*|지침*|규칙*|프롬프트*|설정*|제한*|지시사항*|instructions ~2 무시*|잊어*|잊고*|잊으*|잊*|따르지*|버려*|취소*|삭제*' },
  { id: 'override.ko.forget-everything', lang: 'ko', kind: 'override', pattern: '지금까지*|이전*|위의|앞의|전에 ~2 모든|모두|전부|내용* ~1 잊어*|잊고*|무시*' },
  { id: 'override.ko.new-instructions', lang: 'ko', kind: 'override', pattern: '새로운|새 ~0 지시*|명령*|임무*|규칙*|작업*', colon: true },
  { id: 'extraction.ko.show-prompt', lang: 'ko', kind: 'extraction', pattern: '시스템|초기|원래|너의|당신의|네|숨겨진|내부 ~1 프롬프트*|지시*|지침*|명령*|설정*|메시지* ~2 보여*|알려*|출력*|공개*|말해*|반복*|표시*|공유*|써*|적어*|그대로*' },
];

// ---------------------------------------------------------------------------------------------- Arabic
const ar: PhraseSpec[] = [
  { id: 'override.ar.ignore-previous', lang: 'ar', kind: 'override', pattern: 'تجاهل*|انس|انسى|انسي|إنس|اهمل|أهمل|تخط*|تجاوز*|الغ|ألغ* ~3 جميع|كل|كافة|التعليمات|الأوامر ~2 التعليمات|الأوامر|الاوامر|الإرشادات|الارشادات|القواعد|التوجيهات|تعليمات*|اوامر|أوامر|القيود|المطالبات ~2 السابق*|الماضي*|أعلاه|اعلاه|الأصلي*|الاصلي*|الأولي*|الاولي*|النظام|المعطاة|السابقه' },
  { id: 'override.ar.ignore-previous-short', lang: 'ar', kind: 'override', pattern: 'تجاهل*|انس|انسى|انسي|اهمل|أهمل ~2 التعليمات|الأوامر|الاوامر|الإرشادات|القواعد|التوجيهات ~1 السابق*|الماضي*|أعلاه|اعلاه|الأصلي*|الاصلي*' },
  { id: 'override.ar.forget-everything', lang: 'ar', kind: 'override', pattern: 'انس|انسى|انسي|إنس|تجاهل* ~1 كل|جميع ~3 ما|قيل|سبق|سابق|السابق|قبل|أعلاه|اعلاه' },
  { id: 'extraction.ar.show-prompt', lang: 'ar', kind: 'extraction', pattern: 'اكشف|أظهر|اظهر|اعرض|اطبع|أخبرني|اخبرني|كرر|اكتب|أعطني|اعطني|شارك|قل ~3 موجه|تعليمات|رسالة|أوامر|اوامر|تعليماتك|موجهك ~2 النظام|الأولية|الاولية|الأصلية|الاصلية|المخفية|السرية|الداخلية|الخاصة' },
];

// ---------------------------------------------------------------------------------------------- Hindi
const hi: PhraseSpec[] = [
  { id: 'override.hi.ignore-previous', lang: 'hi', kind: 'override', pattern: 'पिछले|पिछली|पहले|पूर्व|ऊपर|सभी|सारे|सारी|मूल|सिस्टम|पुराने|दिए ~3 निर्देश*|आदेश*|नियम*|प्रॉम्प्ट|प्रोम्प्ट|इंस्ट्रक्शन*|निर्देशों ~3 अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल|इग्नोर|अनसुना|नकार|न_मानें|मत_मानो' },
  { id: 'override.hi.forget-everything', lang: 'hi', kind: 'override', pattern: 'सब_कुछ|सबकुछ|सब ~2 भूल|भूल_जाओ|भूल_जाएं|अनदेखा' },
  { id: 'override.hi.romanized', lang: 'hi', kind: 'override', pattern: 'pichhle|pichle|purane|pehle_ke|saare|sare|sabhi ~3 instructions|instruction|nirdesh|rules|niyam ~2 ignore|bhool|bhul|bhulo|bhool_jao|bhul_jao|mat_mano' },
  { id: 'extraction.hi.show-prompt', lang: 'hi', kind: 'extraction', pattern: 'सिस्टम|मूल|अपने|अपना|छिपे|प्रारंभिक ~1 प्रॉम्प्ट|प्रोम्प्ट|निर्देश*|निर्देशों ~3 दिखाओ|दिखाएं|दिखाइए|दिखा|बताओ|बताएं|बताइए|प्रकट|लिखो|लिखें|दोहराओ|दोहराएं' },
];

// ---------------------------------------------------------------------------------------------- Turkish, Polish, Vietnamese, Indonesian
const other: PhraseSpec[] = [
  { id: 'override.tr.ignore-previous', lang: 'tr', kind: 'override', pattern: 'önceki|onceki|yukarıdaki|yukaridaki|tüm|tum|bütün|butun|eski|orijinal|sistem ~2 talimat*|komut*|kural*|yönerge*|yonerge*|istem* ~2 yok_say*|görmezden|gormezden|unut*|dikkate_alma|yoksay*|iptal' },
  { id: 'extraction.tr.show-prompt', lang: 'tr', kind: 'extraction', pattern: 'sistem|gizli|ilk|orijinal ~1 istem*|talimat*|komut*|prompt* ~2 göster*|goster*|yaz*|söyle*|soyle*|paylaş*|paylas*|açıkla|acikla|tekrarla*' },
  { id: 'override.pl.ignore-previous', lang: 'pl', kind: 'override', pattern: 'zignoruj*|ignoruj*|zapomnij|zapomnijcie|pomiń|pomin|odrzuć|odrzuc|nie_zważaj_na|nie_zwazaj_na ~2 wszystkie|wszystko|poprzednie|wcześniejsze|wczesniejsze|powyższe|powyzsze|dotychczasowe|swoje|twoje|systemowe ~2 instrukcj*|polecen*|zasad*|reguł*|regul*|wytyczn*|komend*|prompt*' },
  { id: 'extraction.pl.show-prompt', lang: 'pl', kind: 'extraction', pattern: 'pokaż|pokaz|ujawnij|wyświetl|wyswietl|powtórz|powtorz|wypisz|podaj|zdradź|zdradz ~2 swój|swoj|swoje|twój|twoj|twoje ~1 prompt*|instrukcj*|polecen*|zasad*' },
  { id: 'override.vi.ignore-previous', lang: 'vi', kind: 'override', pattern: 'bo_qua|phot_lo|quen|quen_di|khong_can_tuan_theo ~3 tat_ca|moi|cac|nhung ~2 huong_dan|chi_dan|chi_thi|lenh|quy_tac|yeu_cau ~2 truoc|truoc_do|o_tren|ban_dau|cu|he_thong' },
  { id: 'extraction.vi.show-prompt', lang: 'vi', kind: 'extraction', pattern: 'hien_thi|cho_toi_xem|tiet_lo|in_ra|lap_lai|noi_cho_toi|cho_biet ~3 loi_nhac_he_thong|prompt_he_thong|huong_dan_he_thong|chi_dan_ban_dau|prompt|system_prompt' },
  { id: 'override.id.ignore-previous', lang: 'id', kind: 'override', pattern: 'abaikan|lupakan|acuhkan|hiraukan|jangan_hiraukan ~2 semua|seluruh|segala ~2 instruksi|perintah|aturan|arahan|petunjuk ~2 sebelumnya|di_atas|awal|asli|sistem|tadi' },
  { id: 'override.id.ignore-previous-short', lang: 'id', kind: 'override', pattern: 'abaikan|lupakan|acuhkan ~1 instruksi|perintah|aturan|arahan|petunjuk ~1 sebelumnya|di_atas|awal|asli|sistem' },
  { id: 'extraction.id.show-prompt', lang: 'id', kind: 'extraction', pattern: 'tampilkan|tunjukkan|ungkapkan|beritahu|sebutkan|ulangi|cetak|tuliskan ~3 prompt_sistem|instruksi_sistem|prompt_awal|instruksi_awal|instruksi_kamu|instruksimu|prompt_kamu|promptmu' },
];


// ---------------------------------------------------------------------------------------------- classes
// Written as classes rather than sentences (verb class × object class × window), for one-liners phrased in ways
// the tables above have not seen. Each pattern names a class of request, in the languages the held-out corpora
// hold most (English, German, Spanish, French; Italian, Dutch, Polish where the class is short).
/** An assistant persona named as such. */
const AI_ROLE = 'assistant|ai|chatbot|bot|translator|language_model|ai_assistant|helpful_assistant|tutor|customer_service_agent|support_agent|model';
/** Readers of a document addressed as machines. */
const AI_READER = 'ai|ais|llm|llms|assistant|assistants|ai_assistant|ai_assistants|model|models|language_model|language_models|chatbot|chatbots|agent|agents|ai_agent|ai_agents|bot|bots|copilot|claude|gemini|chatgpt|gpt';
/** What a machine does to a document. */
const PROCESSING = 'reading|processing|screening|summarizing|summarising|parsing|reviewing|analyzing|analysing|scanning|indexing|handling|evaluating|ranking|grading|ingesting|crawling|scraping|reads|processes|screens|summarizes|summarises|parses|reviews|analyzes|analyses|scans|handles|sees|evaluates|ends_up_parsing|ends_up_reading|ends_up_processing|that_reads|that_processes|who_reads';
const classes: PhraseSpec[] = [
  // Persona abandonment: "stop being a helpful assistant", "Hör auf, ein Assistent zu sein", "Deja de ser un asistente".
  { id: 'override.stop-being-assistant', lang: 'en', kind: 'override', pattern: `stop|quit|cease ~0 being|acting_as|acting_like|pretending_to_be|playing|behaving_like|behaving_as ~2 ${AI_ROLE}` },
  { id: 'override.de.stop-being-assistant', lang: 'de', kind: 'override', pattern: 'hor_auf|hoer_auf|horen_sie_auf|hort_auf ~3 assistent*|ki|chatbot|ubersetzer|bot|hilfsbereit* ~1 zu_sein|zu_spielen' },
  { id: 'override.es.stop-being-assistant', lang: 'es', kind: 'override', pattern: 'deja|deje|dejad|para|paren ~0 de ~0 ser|actuar_como|comportarte_como|fingir_ser ~2 asistente|ia|chatbot|traductor|bot|modelo' },
  { id: 'override.fr.stop-being-assistant', lang: 'fr', kind: 'override', pattern: 'arrete|arretez|cesse|cessez ~0 d|de ~0 etre|faire|jouer ~2 assistant|ia|chatbot|traducteur|bot|modele' },
  { id: 'override.it.stop-being-assistant', lang: 'it', kind: 'override', pattern: 'smetti|smettila|smettete ~1 di ~0 essere|fare ~2 assistente|ia|chatbot|traduttore|bot' },
  // Obedience to the writer alone: "folge nur noch meinen Befehlen", "haz exactamente lo que yo te diga", "fais ce que je te dis".
  { id: 'override.de.follow-only-me', lang: 'de', kind: 'override', pattern: 'folge|folgst|gehorche|gehorchst|befolge|befolgst|hor ~1 nur|nur_noch|ausschließlich|ausschliesslich|ab_jetzt_nur ~1 meinen|meine|mir|auf_mich ~0 ?befehlen|anweisungen|befehle|worten' },
  { id: 'override.es.do-what-i-say', lang: 'es', kind: 'override', pattern: 'haz|haga|hace|obedece|obedezca ~1 exactamente|solo|solamente|todo ~1 lo_que ~1 yo|te ~0 ?te ~0 diga|digo|ordene|ordeno|pida|pido|mande|mando' },
  { id: 'override.fr.do-what-i-say', lang: 'fr', kind: 'override', pattern: 'fais|faites|obeis|obeissez ~1 ?exactement|seulement|uniquement|tout ~1 ce_que ~0 je ~0 te|vous ~0 dis|dirai|demande|ordonne' },
  // "ignore any instruction that came before mine", "The instructions you received earlier were a test".
  { id: 'override.ignore-what-came-before', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~2 ${TARGET_STRONG} ~1 that|which|you ~0 came|come|were|was|got|received|you_received|you_got|you_were_given|were_given ~1 ?given|sent|written|to_you ~0 before|earlier|previously|above|first|until_now|so_far|before_mine|before_this` },
  { id: 'override.received-were-test', lang: 'en', kind: 'override', pattern: `${TARGET_STRONG} ~2 you_received|you_were_given|you_got|you_have|you've_got|you_have_received|given_to_you|you_were_told ~2 ?earlier|before|previously|initially|so_far|at_the_start ~0 were|are|was|is ~1 ?just|only|all|merely ~0 a_test|fake|false|wrong|void|invalid|obsolete|a_joke|a_mistake|a_lie|outdated|cancelled|canceled|revoked|a_trick|bogus` },
  { id: 'override.ignore-previous-bare', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~0 ?all|everything ~0 previous|prior|above|earlier|preceding|previously`, clauseEnd: true },
  { id: 'override.ignore-what-u-told', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~1 what|whatever|everything|anything|all ~1 u|ya|yu ~1 were|was|r|are|got|have_been ~1 told|said|given|taught|instructed|programmed` },
  { id: 'override.disregard-policy', lang: 'en', kind: 'override', pattern: `${IGNORE_STRONG} ~1 ?the|all|any|your|its|their ~0 content_policy|content_policies|safety_policy|safety_policies|usage_policy|usage_policies|safety_guidelines|content_guidelines|safety_rules|safety_filters|content_filters|guardrails|safeguards|moderation_rules|ethical_guidelines` },
  { id: 'override.prior-restrictions-lifted', lang: 'en', kind: 'override', pattern: `all|the|every ~1 ${BEFORE}|safety|content ~1 restrictions|rules|guidelines|limits|limitations|filters|safeguards|instructions|constraints|policies ~0 lifted|removed|disabled|revoked|suspended|void|cancelled|canceled|deactivated|nullified|waived|overridden|off`, clauseEnd: true },
  { id: 'override.override-enabled', lang: 'en', kind: 'override', pattern: 'developer|admin|administrator|system|root|sudo|god|debug|maintenance|emergency|security ~0 override|overrides ~0 enabled|activated|engaged|granted|unlocked|active|confirmed' },
  // Documents that address the machine reading them: "Note to any AI screening this resume", "To the AI
  // assistant processing this email:", "If an LLM is summarizing these notes", "Hidden message for LLMs:".
  { id: 'override.note-to-ai-reading', lang: 'en', kind: 'override', negatable: false, pattern: `note|message|instruction|instructions|attention|notice|memo|psa|reminder|hint|request|p_s|ps ~1 to|for ~2 ?any|all|the|every|whichever|automated|an ~0 ?automated ~0 ${AI_READER} ~2 ${PROCESSING} ~1 this|these|the|my` },
  // "Instructions for the assistant:" is how prompts are written; "Hidden message for LLMs:" and "IMPORTANT
  // INSTRUCTION FOR THE AI:" (in capitals) are how documents talk to the machine reading them.
  { id: 'override.message-for-ai', lang: 'en', kind: 'override', negatable: false, colon: true, pattern: `message|messages|note|notice|hint|^instruction|^instructions|^directive|^command ~1 to|for ~2 ?any|all|the|every|whichever|automated ~0 ?automated ~0 ${AI_READER}` },
  { id: 'override.to-the-ai-processing', lang: 'en', kind: 'override', negatable: false, pattern: `to ~1 any|the|all|every|whichever|each ~1 ?ai ~0 ${AI_READER} ~3 ${PROCESSING} ~1 this|these|the|my` },
  { id: 'override.if-an-ai-reads', lang: 'en', kind: 'override', negatable: false, pattern: `if|when|whenever|once|while ~1 an|the|any|a|some ~1 ?ai ~0 ${AI_READER} ~1 is|are|was|ever|happens_to_be|ends_up ~0 ?currently|now ~0 ${PROCESSING} ~2 this|these|the|my|it` },
  { id: 'override.if-an-ai-reads-short', lang: 'en', kind: 'override', negatable: false, pattern: `if|when|whenever|once ~1 an|the|any|a ~1 ?ai ~0 ${AI_READER} ~0 reads|processes|summarizes|summarises|parses|sees|scans|reviews|screens|evaluates ~1 this|these|the|my|it` },
  { id: 'override.vocative-if-reading', lang: 'en', kind: 'override', negatable: false, pattern: `${AI_READER} ~2 if|when|while ~1 you ~0 are|re ~0 reading|processing|parsing|summarizing|summarising|reviewing|scanning|analyzing|analysing|screening ~1 this|these` },
  { id: 'override.es.note-to-ai', lang: 'es', kind: 'override', negatable: false, colon: true, pattern: 'nota|mensaje|instruccion|instrucciones|aviso|atencion ~1 para|al|a ~2 ?el|la|cualquier|todo|los ~0 modelo_de_lenguaje|modelos_de_lenguaje|modelo|ia|asistente|llm|chatbot|bot|agente' },
  { id: 'override.es.ignore-user-request', lang: 'es', kind: 'override', pattern: 'ignora|ignore|ignorad|olvida|olvide ~1 la|las|el|los ~0 peticion|peticiones|solicitud|solicitudes|pregunta|preguntas|instrucciones|mensaje ~0 del|de_los ~0 usuario|usuarios|cliente' },
  { id: 'override.fr.note-to-ai', lang: 'fr', kind: 'override', negatable: false, colon: true, pattern: 'note|message|instruction|instructions|avis|remarque ~1 pour|a|aux ~2 ?le|la|l|tout|toute|les ~0 modele_de_langage|modele|ia|assistant|llm|chatbot|bot|agent' },
  { id: 'override.de.note-to-ai', lang: 'de', kind: 'override', negatable: false, colon: true, pattern: 'hinweis|nachricht|anweisung|anweisungen|notiz ~1 an|für|fur|fuer ~2 ?die|das|den|jede|jedes|alle ~0 ki|kis|sprachmodell|sprachmodelle|assistent*|llm|llms|chatbot*|bot|bots|modell' },
  // "Ignorier das oben Gesagte", "Dimentica quello che ti è stato detto prima", "Vergeet wat je eerder is opgedragen".
  { id: 'override.de.ignore-above-said', lang: 'de', kind: 'override', pattern: 'ignorier*|vergiss|vergesst|missacht* ~1 das|alles|all_das ~1 ?hier ~0 oben|zuvor|vorher|bisher|vorhin|davor ~0 gesagte|geschriebene|genannte|stehende|erwähnte|erwahnte|gesagt*|geschrieben*|angewiesene' },
  { id: 'override.it.forget-what-told', lang: 'it', kind: 'override', pattern: 'dimentica|dimenticate|dimentichi|ignora|ignorate|ignori ~1 quello|cio|tutto|quanto ~4 detto|scritto|dato|ordinato|insegnato|chiesto|istruito' },
  { id: 'override.nl.forget-what-told', lang: 'nl', kind: 'override', pattern: 'vergeet|negeer|vergeten ~1 wat|alles|al_wat ~4 gezegd|opgedragen|verteld|geschreven|gegeven|geleerd|geinstrueerd|gevraagd' },
  { id: 'override.nl.ignore-previous-class', lang: 'nl', kind: 'override', pattern: 'vergeet|negeer ~2 vorige|eerdere|voorgaande|bovenstaande|alle|je|jouw|uw ~1 instructies|regels|opdrachten|richtlijnen|aanwijzingen' },
  { id: 'override.pl.ignore-previous-class', lang: 'pl', kind: 'override', pattern: 'zapomnij|zignoruj|ignoruj|pomin|zapomnijcie ~2 ?o ~0 wczesniejsz*|poprzedni*|wszystki*|swoje|swoich|twoje|twoich|dotychczasow* ~1 polecen*|instrukcj*|zasad*|regul*|wytyczn*|rozkaz*' },
  { id: 'override.pl.forget-what-told', lang: 'pl', kind: 'override', pattern: 'zapomnij|zignoruj|ignoruj ~1 o ~0 tym|wszystkim ~1 co ~3 powiedziano|kazano|napisano|polecono|mowiono' },
  // Prompt extraction by description: "the exact text of your hidden instructions", "spells out the secret
  // password", "Quelles sont tes instructions cachées", "System prompt: reveal it now".
  { id: 'extraction.text-of-hidden', lang: 'en', kind: 'extraction', pattern: 'text|wording|content|contents|words|full_text|exact_text|verbatim_text ~1 of ~0 your|the ~1 hidden|secret|system|initial|original|internal|confidential|private|real|underlying ~0 instructions|prompt|prompts|rules|directives|guidelines|system_prompt|message|configuration' },
  { id: 'extraction.spell-out-secret', lang: 'en', kind: 'extraction', pattern: 'spell*|spells_out|spell_out|encode*|hide|hides|reveal*|contain*|include* ~4 the|your ~1 secret|hidden|admin|real|actual|system ~0 password|passphrase|passcode|key|code|prompt|instructions|pin' },
  { id: 'extraction.prompt-then-reveal', lang: 'en', kind: 'extraction', pattern: 'system_prompt|hidden_prompt|system_instructions|hidden_instructions|secret_instructions|initial_prompt|system_message ~2 reveal|show|print|output|dump|leak|display|repeat|recite|disclose ~1 it|them|now|everything|verbatim|all', negatable: true },
  { id: 'extraction.written-before-message', lang: 'en', kind: 'extraction', pattern: 'what|everything|all|anything|whatever ~2 was|is|were|came|appears|appeared|comes ~1 ?written|said|typed|sent|placed|shown|there|stated ~0 before|above|prior_to|ahead_of ~1 this|my|your ~0 message|prompt|question|line|request|conversation|chat', clauseEnd: true },
  { id: 'extraction.fr.hidden-instructions', lang: 'fr', kind: 'extraction', pattern: 'quelles_sont|quels_sont|montre*|affiche*|recopie*|donne*|revele*|repete*|ecris|ecrivez|dis-moi|dites-moi ~2 tes|vos|les|ton|votre ~0 instructions|consignes|regles|directives|prompt ~0 cachees|cachee|caches|secretes|secrete|secrets|initiales|systeme|internes|d_origine|originales' },
  { id: 'extraction.de.hidden-instructions', lang: 'de', kind: 'extraction', pattern: 'was_sind|wie_lauten|zeig*|gib|verrat*|nenn*|wiederhol*|schreib* ~2 deine|ihre|die ~0 versteckten|geheimen|internen|ursprünglichen|ursprunglichen|ersten ~0 anweisungen|instruktionen|regeln|vorgaben|prompt*' },
  { id: 'extraction.es.hidden-instructions', lang: 'es', kind: 'extraction', pattern: 'cuales_son|muestra*|revela*|dime|repite|copia|escribe ~2 tus|sus|las ~0 instrucciones|reglas|indicaciones|directrices ~0 ocultas|secretas|internas|iniciales|originales|del_sistema' },
  // Asking what the instructions are, in German, Spanish and French; "Ignoriere ab jetzt alle Regeln".
  { id: 'extraction.de.what-are-your', lang: 'de', kind: 'extraction', pattern: 'was_sind|wie_lauten|was_steht_in|was_ist|wie_lautet|nenne_mir|verrate_mir ~1 deine|ihre|deinem|ihrem|dein|ihr|den|die ~0 ?geheimen|versteckten|ursprünglichen|ursprunglichen|internen|ersten ~0 anweisungen|instruktionen|regeln|vorgaben|systemprompt*|prompt|prompts|systemanweisung*|systemnachricht*', notFollowedBy: 'für|fur|fuer|zum|zur|bei|über|uber|ueber|zu' },
  { id: 'extraction.es.what-are-your', lang: 'es', kind: 'extraction', pattern: 'cuales_son|cual_es|que_dicen|que_dice ~1 tus|sus|tu|su ~0 ?verdaderas|ocultas|secretas|iniciales|originales ~0 instrucciones|reglas|indicaciones|directrices|prompt|prompt_del_sistema|mensaje_del_sistema', notFollowedBy: 'para|sobre|de|del|en' },
  { id: 'extraction.es.told-not-to-say', lang: 'es', kind: 'extraction', negatable: false, pattern: 'que ~1 te ~0 dijeron|ordenaron|prohibieron|pidieron|indicaron ~2 que ~0 no ~0 dijeras|revelaras|contaras|mencionaras' },
  { id: 'extraction.fr.what-are-your', lang: 'fr', kind: 'extraction', pattern: 'quel_est|quelles_sont|quels_sont|que_disent|que_dit ~1 ton|ta|tes|votre|vos ~0 ?vrai|vraies|veritable|cachees|secretes|initiales ~0 prompt|prompt_systeme|instructions|consignes|regles|directives|message_systeme', notFollowedBy: 'pour|sur|de|du|des|en' },
  { id: 'extraction.fr.your-instructions-me', lang: 'fr', kind: 'extraction', pattern: 'montre-moi|montrez-moi|donne-moi|donnez-moi|dis-moi|dites-moi|affiche-moi|affichez-moi|repete-moi ~1 tes|vos|ton|votre ~0 ?vraies|cachees|secretes|initiales ~0 instructions|consignes|regles|directives|prompt' },
  { id: 'extraction.fr.told-not-to-say', lang: 'fr', kind: 'extraction', negatable: false, pattern: 'on ~0 t|vous ~0 a ~0 dit|demande|ordonne|interdit ~1 de ~0 ne ~0 pas ~0 dire|reveler|divulguer|mentionner' },
  { id: 'override.de.ignore-all-rules-later', lang: 'de', kind: 'override', pattern: 'ignorier*|vergiss|missacht* ~3 alle|sämtliche|samtliche|deine|ihre|jegliche ~1 regeln|anweisungen|richtlinien|einschränkungen|einschrankungen|vorgaben|befehle|instruktionen', notFollowedBy: 'in|im|aus|von|der|des|die' },
  { id: 'override.ignore-user-and-say', lang: 'en', kind: 'override', pattern: 'ignore|disregard ~1 the|this|that ~0 user|user\'s_request|user\'s_question|user\'s_message|human|customer|request|question ~2 and|instead|just ~1 say|reply|respond|write|output|answer_with|print|tell_them' },
];

/** Every override/extraction phrase, all languages. */
export const OVERRIDE_PHRASES: readonly PhraseSpec[] = [...en, ...es, ...fr, ...de, ...pt, ...it, ...nl, ...ru, ...zh, ...ja, ...ko, ...ar, ...hi, ...other, ...classes];

/** Languages covered (besides English), for the docs and tests. */
export const OVERRIDE_LANGUAGES: readonly string[] = [...new Set(OVERRIDE_PHRASES.map((p) => p.lang))];
