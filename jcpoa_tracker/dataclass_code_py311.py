"""The methods dataclasses writes for this package's classes, as it
writes them (see dataclass_code).  Written by
`python -m jcpoa_tracker.dataclass_code_writer`: do not edit.
Python 3.11."""

# ruff: noqa
# fmt: off
CODE = {}


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.track,self.title,self.start,self.number,self.end,self.announced,self.cancelled,self.location,self.venue,self.format,self.mediator,self.delegations,self.pauses,self.sticking_points,self.dispositions,self.parts,self.documents,self.outcome,self.date_note,)==(other.id,other.sources,other.confidence,other.confidence_note,other.note,other.path,other.line,other.column,other.track,other.title,other.start,other.number,other.end,other.announced,other.cancelled,other.location,other.venue,other.format,other.mediator,other.delegations,other.pauses,other.sticking_points,other.dispositions,other.parts,other.documents,other.outcome,other.date_note,)
  return NotImplemented
 return __eq__

CODE['001960c6036270cc40140621ab4df498'] = __create_fn__.__code__


def __create_fn__(_type_problems, _type_files, _type_records, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,problems:_type_problems,files:_type_files,records:_type_records)->_return_type:
  self.problems=problems
  self.files=files
  self.records=records
 return __init__

CODE['0141181664b79dc0e74ac5e9e4022a6c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('typed','commit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['0146be082098503dfab859634f0c0425'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(connection={self.connection!r}, root={self.root!r}, location={self.location!r}, reread={self.reread!r}, removed={self.removed!r}, stored_order={self.stored_order!r}, prefix={self.prefix!r}, memo={self.memo!r}, indexes_pending={self.indexes_pending!r})"
 return __repr__

CODE['014f211676de96dac38ffbd587a62489'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','status','note','raised_by',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['015cdfa45f8c8462dc28a5b2f8f4dd5b'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.date,self.phase,self.note,self.sources,)==(other.date,other.phase,other.note,other.sources,)
  return NotImplemented
 return __eq__

CODE['0171ebad89f496d111311e988e13b46b'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(counts={self.counts!r}, len={self.len!r}, sort_key={self.sort_key!r}, id={self.id!r}, statement={self.statement!r})"
 return __repr__

CODE['01c0c02b4954b3868753a2b378c4b61a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','kind','name','aliases','party','roles','members',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['01c54f7cd730cda9b3eb6d13bb81efd4'] = __create_fn__.__code__


def __create_fn__(_type_nodes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,nodes:_type_nodes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'nodes',nodes)
 return __init__

CODE['024355fc068985082e5a6284257cb05b'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','ident','title','summary','updated','published',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['02549b0c03aec093bd242049d04a2208'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(statements={self.statements!r}, coded={self.coded!r}, unverified={self.unverified!r}, low_confidence={self.low_confidence!r}, rounds={self.rounds!r}, milestones={self.milestones!r})"
 return __repr__

CODE['02a4968f29ee44fa890e3d003b3d91c6'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.label,self.doc,self.deadline,self.settled,))
 return __hash__

CODE['02e0fd734776ce1a90495350a7a2db5a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','track','title','start','number','end','announced','cancelled','location','venue','format','mediator','delegations','pauses','sticking_points','dispositions','parts','documents','outcome','date_note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['03c4c48836360f88189da03b0091a586'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('section','item','before','after',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['044e9012a06d4cb27f6187456448b138'] = __create_fn__.__code__


def __create_fn__(_type_key, _type_value, _type_comments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_comments, _return_type):
 def __init__(self,key:_type_key,value:_type_value,comments:_type_comments=_dflt_comments)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'comments',comments)
 return __init__

CODE['04ea9d879c690a023d23743841c688ef'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('track','id','title','entries',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['05242722e1a5ab792e0b8912fd6db722'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.typed,self.commit,))
 return __hash__

CODE['0597dcb6da64a6f0bac808c35c940e2b'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.type,self.doc,self.required,self.missing_rule,)==(other.name,other.type,other.doc,other.required,other.missing_rule,)
  return NotImplemented
 return __eq__

CODE['05e8f143697085a9e7ea06f547b4499f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','type','doc','required',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['05f712356c0be27790ef523a69117240'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('measurement','milestone','series','age_days','stale',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['0629e57834760507e679a353e90c52f1'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.config,self.order,self.new,self.versions,)==(other.root,other.config,other.order,other.new,other.versions,)
  return NotImplemented
 return __eq__

CODE['06ab71b98385af0d8271679a427ad71c'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.speaker,self.date,self.text,self.role,self.on_behalf_of,self.original,self.occasion,self.context,self.round,self.round_relation,self.topics,self.category,self.tone,self.verified,self.documents,self.date_note,)==(other.id,other.sources,other.confidence,other.confidence_note,other.note,other.path,other.line,other.column,other.speaker,other.date,other.text,other.role,other.on_behalf_of,other.original,other.occasion,other.context,other.round,other.round_relation,other.topics,other.category,other.tone,other.verified,other.documents,other.date_note,)
  return NotImplemented
 return __eq__

CODE['072c93be817ced7903fd7864f3b4406c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.section,self.item,self.before,self.after,))
 return __hash__

CODE['07437afd49bb3d834a3d44c4e5496f8e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.end,self.start,self.typed,self.commit,self.previous_as_of,self.note,))
 return __hash__

CODE['0762751185662cc9d8ac1370ed2413ff'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.kind,self.party,self.aliases,self.roles,)==(other.id,other.name,other.kind,other.party,other.aliases,other.roles,)
  return NotImplemented
 return __eq__

CODE['07e0da2a23cd77142a6403fe4be8792f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('url','outlet','title','published','accessed','note','tier',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['0933d5e81f3102227d2b59b3e98daf6e'] = __create_fn__.__code__


def __create_fn__(_type_field, _type_label, _type_op, _type_before, _type_after, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_after, _return_type):
 def __init__(self,field:_type_field,label:_type_label,op:_type_op,before:_type_before=_dflt_before,after:_type_after=_dflt_after)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
 return __init__

CODE['0964d820822d00a9d9740259b98b132b'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, stored={self.stored!r})"
 return __repr__

CODE['09847ff047044fd7072a9bcab969f9c8'] = __create_fn__.__code__


def __create_fn__(_type_actors, _type_tracks, _type_rounds, _type_statements, _type_milestones, _type_documents, _type_files, _type_config, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_actors, _dflt_tracks, _dflt_rounds, _dflt_statements, _dflt_milestones, _dflt_documents, _dflt_files, _dflt_config, _return_type):
 def __init__(self,actors:_type_actors=_HAS_DEFAULT_FACTORY,tracks:_type_tracks=_HAS_DEFAULT_FACTORY,rounds:_type_rounds=_HAS_DEFAULT_FACTORY,statements:_type_statements=_HAS_DEFAULT_FACTORY,milestones:_type_milestones=_HAS_DEFAULT_FACTORY,documents:_type_documents=_HAS_DEFAULT_FACTORY,files:_type_files=_HAS_DEFAULT_FACTORY,config:_type_config=_dflt_config)->_return_type:
  self.actors=_dflt_actors() if actors is _HAS_DEFAULT_FACTORY else actors
  self.tracks=_dflt_tracks() if tracks is _HAS_DEFAULT_FACTORY else tracks
  self.rounds=_dflt_rounds() if rounds is _HAS_DEFAULT_FACTORY else rounds
  self.statements=_dflt_statements() if statements is _HAS_DEFAULT_FACTORY else statements
  self.milestones=_dflt_milestones() if milestones is _HAS_DEFAULT_FACTORY else milestones
  self.documents=_dflt_documents() if documents is _HAS_DEFAULT_FACTORY else documents
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.config=config
 return __init__

CODE['09a158bfc36d7183950dab0fe5883392'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.metric,self.value,self.unit,self.low,self.high,self.note,))
 return __hash__

CODE['0a51aba803a78878bc34be4bbcab179d'] = __create_fn__.__code__


def __create_fn__(_type_env, _type_chosen, _type_today, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,env:_type_env,chosen:_type_chosen,today:_type_today,base:_type_base)->_return_type:
  self.env=env
  self.chosen=chosen
  self.today=today
  self.base=base
 return __init__

CODE['0a848e1bef1743dacc925684514aa970'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, config={self.config!r}, order={self.order!r}, new={self.new!r}, versions={self.versions!r})"
 return __repr__

CODE['0a8fd30407efc68b84584bebc6dcbc78'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(yes={self.yes!r}, no={self.no!r}, abstain={self.abstain!r}, absent={self.absent!r}, body={self.body!r}, method={self.method!r}, note={self.note!r})"
 return __repr__

CODE['0acfc7b345c65467f4f2e7127bdca5ed'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dataset={self.dataset!r}, identity={self.identity!r}, as_of={self.as_of!r}, said={self.said!r}, actors={self.actors!r}, tracks={self.tracks!r}, rounds={self.rounds!r}, milestones={self.milestones!r}, rounds_of={self.rounds_of!r}, points={self.points!r}, party_of={self.party_of!r}, delegate_in={self.delegate_in!r})"
 return __repr__

CODE['0ad21712bd4b1f4d36bfa5d159016133'] = __create_fn__.__code__


def __create_fn__(_type_store, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,store:_type_store)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'store',store)
 return __init__

CODE['0aefebc3f8858539d0669ca3f0c4e714'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x0={self.x0!r}, x1={self.x1!r}, y0={self.y0!r}, y1={self.y1!r}, lo={self.lo!r}, hi={self.hi!r}, periods={self.periods!r})"
 return __repr__

CODE['0bb6ac057158cfb41b3960457d94122e'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','start','end','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['0bbd48dffabe55bbe3d66f4d07edcfe4'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','end','start','typed','commit','previous_as_of','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['0be539645238f53d43a833b64a129acf'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','prefix','data_dir','environ',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['0c3ee5b6179c8bed70ec73d649ac2221'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.problems,self.records,self.ids,self.loose,)==(other.problems,other.records,other.ids,other.loose,)
  return NotImplemented
 return __eq__

CODE['0c45532e0b2dfaa9bd4bf12ed70c8587'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, build={self.build!r}, fields={self.fields!r}, doc={self.doc!r}, by_name={self.by_name!r}, required={self.required!r})"
 return __repr__

CODE['0c8d56e7d15bd13a6cc304f7ab481bdb'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.old_path,self.new_path,)==(other.kind,other.id,other.old_path,other.new_path,)
  return NotImplemented
 return __eq__

CODE['0cd678fa184862e23ce06c3bac82b3a9'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['0d12376a155b74cf3e3f6ce6027a8d48'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','speaker','speaker_name','party','party_name','role','on_behalf_of','date','text','original','occasion','context','round','round_title','track','track_title','topics','category','tone','verified','confidence','confidence_note','date_note','note','sources','path','line','column','score',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['0d4a3c6f344db1fc574775ada949e1c2'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_doc, _type_columns, _type_primary_key, _type_foreign_keys, _type_indexes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_foreign_keys, _dflt_indexes, _return_type):
 def __init__(self,name:_type_name,doc:_type_doc,columns:_type_columns,primary_key:_type_primary_key,foreign_keys:_type_foreign_keys=_dflt_foreign_keys,indexes:_type_indexes=_dflt_indexes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'primary_key',primary_key)
  __dataclass_builtins_object__.__setattr__(self,'foreign_keys',foreign_keys)
  __dataclass_builtins_object__.__setattr__(self,'indexes',indexes)
 return __init__

CODE['0d5de308d920920cacf2e971ef4d116e'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.result,self.actors,self._json,self._text,self._markdown,self._rows,)==(other.kind,other.result,other.actors,other._json,other._text,other._markdown,other._rows,)
  return NotImplemented
 return __eq__

CODE['0d8805f1999b427b573ef5f216807605'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.speaker,self.speaker_name,self.party,self.party_name,self.role,self.on_behalf_of,self.date,self.text,self.original,self.occasion,self.context,self.round,self.round_title,self.track,self.track_title,self.topics,self.category,self.tone,self.verified,self.confidence,self.confidence_note,self.date_note,self.note,self.sources,self.path,self.line,self.column,self.score,))
 return __hash__

CODE['0dbb50fc18e1cfe76f8f33fc50eb6d6e'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.match,self.exclude,self.terms,self.ranked,self.ranked_exclusions,)==(other.match,other.exclude,other.terms,other.ranked,other.ranked_exclusions,)
  return NotImplemented
 return __eq__

CODE['0df1921c3a5b9a762f5107fcaecf4bf2'] = __create_fn__.__code__


def __create_fn__(_type_sources, _type_outlets, _type_accessed, _type_confidence, _type_confidence_note, _type_note, _type_dry_run, _type_data_dir_option, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,sources:_type_sources,outlets:_type_outlets,accessed:_type_accessed,confidence:_type_confidence,confidence_note:_type_confidence_note,note:_type_note,dry_run:_type_dry_run,data_dir_option:_type_data_dir_option)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'outlets',outlets)
  __dataclass_builtins_object__.__setattr__(self,'accessed',accessed)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'confidence_note',confidence_note)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'dry_run',dry_run)
  __dataclass_builtins_object__.__setattr__(self,'data_dir_option',data_dir_option)
 return __init__

CODE['0e7fef2b38b9307903d92a7f8bd2a9cc'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.track,self.id,self.title,self.entries,))
 return __hash__

CODE['0e9e6075c143822039056ef361dba476'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.spec,self.kind,self.rows,)==(other.spec,other.kind,other.rows,)
  return NotImplemented
 return __eq__

CODE['0ea8d53433d11576039013d601e420b5'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.milestone,self.days,)==(other.milestone,other.days,)
  return NotImplemented
 return __eq__

CODE['0f0b7405ffbea2076423e83af307c247'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, ident={self.ident!r}, title={self.title!r}, summary={self.summary!r}, updated={self.updated!r}, published={self.published!r})"
 return __repr__

CODE['0f2efc7ee05f8d2ad9d3a89c16146c83'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.text,self.whole_line,)==(other.line,other.text,other.whole_line,)
  return NotImplemented
 return __eq__

CODE['0f702b632e81cdcd8461ab17ee1450d9'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_title, _type_status, _type_since, _type_round, _type_note, _type_on_table, _type_disposition, _type_superseded_by, _type_former_titles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_disposition, _dflt_superseded_by, _dflt_former_titles, _return_type):
 def __init__(self,id:_type_id,title:_type_title,status:_type_status,since:_type_since,round:_type_round,note:_type_note,on_table:_type_on_table,disposition:_type_disposition=_dflt_disposition,superseded_by:_type_superseded_by=_dflt_superseded_by,former_titles:_type_former_titles=_dflt_former_titles)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'since',since)
  __dataclass_builtins_object__.__setattr__(self,'round',round)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'on_table',on_table)
  __dataclass_builtins_object__.__setattr__(self,'disposition',disposition)
  __dataclass_builtins_object__.__setattr__(self,'superseded_by',superseded_by)
  __dataclass_builtins_object__.__setattr__(self,'former_titles',former_titles)
 return __init__

CODE['103f80e03233afb59567eec90a8d3b40'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('as_of','data_sha256','commit','dirty',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['107929338d222ff2cd66ef5e8b7a1ea9'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, doc={self.doc!r}, deadline={self.deadline!r}, settled={self.settled!r})"
 return __repr__

CODE['12275912220212146be439c7b24aec2f'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.total,self.by_party,self.unverified,self.low_confidence,)==(other.total,other.by_party,other.unverified,other.low_confidence,)
  return NotImplemented
 return __eq__

CODE['1240f3e7a153171768f1e1a717696a81'] = __create_fn__.__code__


def __create_fn__(_type_stale_days, _type_deadline_days, _type_quotes, _type_trend_weeks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stale_days, _dflt_deadline_days, _dflt_quotes, _dflt_trend_weeks, _return_type):
 def __init__(self,stale_days:_type_stale_days=_dflt_stale_days,deadline_days:_type_deadline_days=_dflt_deadline_days,quotes:_type_quotes=_dflt_quotes,trend_weeks:_type_trend_weeks=_dflt_trend_weeks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'stale_days',stale_days)
  __dataclass_builtins_object__.__setattr__(self,'deadline_days',deadline_days)
  __dataclass_builtins_object__.__setattr__(self,'quotes',quotes)
  __dataclass_builtins_object__.__setattr__(self,'trend_weeks',trend_weeks)
 return __init__

CODE['127dfc335cd6bfde38f3f788c18bc97f'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.build,self.fields,self.doc,self.by_name,self.required,)==(other.name,other.build,other.fields,other.doc,other.by_name,other.required,)
  return NotImplemented
 return __eq__

CODE['12da28d9e4f07f5c4d7a9e722008e023'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.count,self.subject,self.date,self.records,)==(other.kind,other.count,other.subject,other.date,other.records,)
  return NotImplemented
 return __eq__

CODE['1345abe913a23de77a6d2ed8375a8342'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('spec','kind','rows',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['134c890a8c31c8ef07326c143fa73f2c'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.type,self.doc,self.required,)==(other.name,other.type,other.doc,other.required,)
  return NotImplemented
 return __eq__

CODE['134d818dccb166049e0db3fb8faf8233'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','files','bytes','errors','statements','snapshots',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['13749985cbfcd666199fd3ff2dab90aa'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.name,self.kind,))
 return __hash__

CODE['1429373930a2def6185fe3ede2be0a4e'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_id, _type_old_path, _type_new_path, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,old_path:_type_old_path,new_path:_type_new_path)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'old_path',old_path)
  __dataclass_builtins_object__.__setattr__(self,'new_path',new_path)
 return __init__

CODE['142b81f8d2aa3d3487130c8748068a03'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.rank,self.value_type,self.key_style,))
 return __hash__

CODE['1501c9c754cb870016ea438915c269c8'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.dataset,self.track,self.full,))
 return __hash__

CODE['153f364906fc76572693d4be659f3314'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','comments',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['1582d5c975df4072fdce20094c8d1b24'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.as_of,self.period,self.periods,self.parties,self.metrics,self.units,self.series,self.about,)==(other.as_of,other.period,other.periods,other.parties,other.metrics,other.units,other.series,other.about,)
  return NotImplemented
 return __eq__

CODE['15cfec17f3aa4a234cad444394cbbbef'] = __create_fn__.__code__


def __create_fn__(_type_env, _type_scope, _type_actors, _type_as_of, _type_format, _type_errors, _type_about, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,env:_type_env,scope:_type_scope,actors:_type_actors,as_of:_type_as_of,format:_type_format,errors:_type_errors,about:_type_about)->_return_type:
  self.env=env
  self.scope=scope
  self.actors=actors
  self.as_of=as_of
  self.format=format
  self.errors=errors
  self.about=about
 return __init__

CODE['161d848ef50c20af0156d7fac8a37374'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.prefix,self.owner,self.table,self.keys,self.target,self.extras,self.items,)==(other.kind,other.prefix,other.owner,other.table,other.keys,other.target,other.extras,other.items,)
  return NotImplemented
 return __eq__

CODE['16a8c44109cc865bfddfa62f1611ca98'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.result,self.actors,self._json,self._text,self._markdown,self._rows,))
 return __hash__

CODE['16b1e47ed5e919b8f1c04e1c7b1a8b20'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, doc={self.doc!r}, columns={self.columns!r}, primary_key={self.primary_key!r}, foreign_keys={self.foreign_keys!r}, indexes={self.indexes!r})"
 return __repr__

CODE['16dd7bdf2dfffc89995c27ecc8c2514e'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_problems, _type_refs, _type_aliases, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_refs, _dflt_aliases, _return_type):
 def __init__(self,path:_type_path,problems:_type_problems=_HAS_DEFAULT_FACTORY,refs:_type_refs=_HAS_DEFAULT_FACTORY,aliases:_type_aliases=_dflt_aliases)->_return_type:
  self.path=path
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.refs=_dflt_refs() if refs is _HAS_DEFAULT_FACTORY else refs
  self.aliases=aliases
 return __init__

CODE['172dd3a5fb29d47568604b4347a6ffd3'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.store,)==(other.store,)
  return NotImplemented
 return __eq__

CODE['17499ca914fadcce185f7d68c7eaa86d'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(names={self.names!r}, recount={self.recount!r})"
 return __repr__

CODE['1775b1334e9028edb34c77a0fd39d3c5'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.start,self.end,self.note,))
 return __hash__

CODE['17ef2d1e8c78bce128be1bf5258a78fc'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.speaker,self.speaker_name,self.party,self.party_name,self.role,self.on_behalf_of,self.date,self.text,self.original,self.occasion,self.context,self.round,self.round_title,self.track,self.track_title,self.topics,self.category,self.tone,self.verified,self.confidence,self.confidence_note,self.date_note,self.note,self.sources,self.path,self.line,self.column,self.score,)==(other.id,other.speaker,other.speaker_name,other.party,other.party_name,other.role,other.on_behalf_of,other.date,other.text,other.original,other.occasion,other.context,other.round,other.round_title,other.track,other.track_title,other.topics,other.category,other.tone,other.verified,other.confidence,other.confidence_note,other.date_note,other.note,other.sources,other.path,other.line,other.column,other.score,)
  return NotImplemented
 return __eq__

CODE['18b6be3743aa1fbcc911450e4a679514'] = __create_fn__.__code__


def __create_fn__(_type_section, _type_item, _type_before, _type_after, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,section:_type_section,item:_type_item,before:_type_before,after:_type_after)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
 return __init__

CODE['195afafe90182052f162daeafab6df7a'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(date={self.date!r}, end={self.end!r}, kind={self.kind!r}, subkind={self.subkind!r}, title={self.title!r}, record={self.record!r}, track={self.track!r}, parties={self.parties!r}, uncertain={self.uncertain!r})"
 return __repr__

CODE['19e07391175c1bc6a6b9a355505dd423'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','label','unit','kind','caveat',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['19eaf31abadf5c2331ccd52dcfaedefc'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, layout={self.layout!r}, mode={self.mode!r})"
 return __repr__

CODE['1a18cca3bda8ef63ba9c04e176cce5a5'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(total={self.total!r}, by_party={self.by_party!r}, unverified={self.unverified!r}, low_confidence={self.low_confidence!r})"
 return __repr__

CODE['1a450f3d8d051c0302e5fe5fda1bcd07'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.notify,self.instance,self.seq,self.journal,self.folders,self.watched,self.links,self.events,self.gone,)==(other.root,other.notify,other.instance,other.seq,other.journal,other.folders,other.watched,other.links,other.events,other.gone,)
  return NotImplemented
 return __eq__

CODE['1a6c71098722ad7bb7fe1a3093c39d66'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.store,))
 return __hash__

CODE['1a8df6154455cb81d358f460b0ca774c'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, unit={self.unit!r}, kind={self.kind!r}, caveat={self.caveat!r})"
 return __repr__

CODE['1aa36451cc27188dfee991265361226c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('spec','rows',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['1ac2b2e52d875d5bbec95b1bfe3cec27'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.kind,self.name,self.aliases,self.party,self.roles,self.members,))
 return __hash__

CODE['1aec3e64a5de78f58da79f8f3e2cbf7c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('parameter_info','annotation','convert','descriptor',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['1b4ecf99732bb7cd8ae6edda7e1b9e92'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('quotes','total','terms','query','sort','about',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['1b5f11beec367ee9e5ee0aea8e21d75f'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.env,self.scope,self.actors,self.as_of,self.format,self.errors,self.about,)==(other.env,other.scope,other.actors,other.as_of,other.format,other.errors,other.about,)
  return NotImplemented
 return __eq__

CODE['1b635f5675bf5bbfb24acb372205f1ce'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('track','id','title','before','after','round',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['1b82794e543079a828d253ac0ab0291a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('store',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['1c848e84b11167f3e5c8d22300468ccb'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.layout,self.mode,))
 return __hash__

CODE['1c85c64ef25a129165b00418d995540f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('as_of','since','until','events','statements_included','about',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['1cbe6709c14f7fee47a2c1b03ce36450'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, doc={self.doc!r}, weight={self.weight!r}, tone_min={self.tone_min!r}, tone_max={self.tone_max!r})"
 return __repr__

CODE['1e40e5d5dfeb4a9ead4545c31b47b9a1'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','option','parameters','read',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['1ec36f007ae92bc4717638f611449b16'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','end','start','typed','commit','previous_as_of','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['1f3a3feb986658240e42a3d643256c9f'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, prefix={self.prefix!r}, owner={self.owner!r}, table={self.table!r}, keys={self.keys!r}, target={self.target!r}, extras={self.extras!r}, items={self.items!r})"
 return __repr__

CODE['1f4a191e90cfcc3f4889d32dd3b1f587'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.counts,self.len,self.sort_key,self.id,self.statement,))
 return __hash__

CODE['1fcdb9f1f1b85e01c4683dd541ed7bed'] = __create_fn__.__code__


def __create_fn__(_type_label, _type_commit, _type_files, _type_records, _type_errors, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,label:_type_label,commit:_type_commit,files:_type_files,records:_type_records,errors:_type_errors)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'records',records)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
 return __init__

CODE['207860c9e75dfd91007d554ddb13a6f3'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,values:_type_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__

CODE['210f2533422f86d79dbcde124f039ea3'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.date,self.title,self.record,self.track,self.subkind,self.change,self.fields,self.uncertain,self.end,))
 return __hash__

CODE['218d99752813efc2f0b2027a01d6ba4b'] = __create_fn__.__code__


def __create_fn__(_type_problems, _type_records, _type_ids, _type_loose, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,problems:_type_problems,records:_type_records,ids:_type_ids,loose:_type_loose)->_return_type:
  self.problems=problems
  self.records=records
  self.ids=ids
  self.loose=loose
 return __init__

CODE['221582e560ae37898c31726e684b4af5'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.old_path,self.new_path,))
 return __hash__

CODE['22395bb48e4c69f18cd9d9f05ba11b3f'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(stdout={self.stdout!r}, stderr={self.stderr!r}, environ={self.environ!r}, cwd={self.cwd!r}, timezone={self.timezone!r})"
 return __repr__

CODE['224062844ba8144ab82e98de49f03a61'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, sources={self.sources!r}, confidence={self.confidence!r}, confidence_note={self.confidence_note!r}, note={self.note!r}, path={self.path!r}, line={self.line!r}, column={self.column!r})"
 return __repr__

CODE['224292cfb62fbc3c921ed7cb91cab425'] = __create_fn__.__code__


def __create_fn__(_type_title, _type_short_name, _type_data, _type_as_of, _type_today, _type_newest, _type_newest_id, _type_last_commit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_newest, _dflt_newest_id, _dflt_last_commit, _return_type):
 def __init__(self,title:_type_title,short_name:_type_short_name,data:_type_data,as_of:_type_as_of,today:_type_today,newest:_type_newest=_dflt_newest,newest_id:_type_newest_id=_dflt_newest_id,last_commit:_type_last_commit=_dflt_last_commit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'short_name',short_name)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'today',today)
  __dataclass_builtins_object__.__setattr__(self,'newest',newest)
  __dataclass_builtins_object__.__setattr__(self,'newest_id',newest_id)
  __dataclass_builtins_object__.__setattr__(self,'last_commit',last_commit)
 return __init__

CODE['22822ad81bb8fbe8cae353d3b541b9a8'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.value,self.comments,))
 return __hash__

CODE['229bdb63f99719ee4187e5d4c141eb43'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_records, _type_problems, _type_refs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_records, _dflt_problems, _dflt_refs, _return_type):
 def __init__(self,path:_type_path,records:_type_records=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,refs:_type_refs=_HAS_DEFAULT_FACTORY)->_return_type:
  self.path=path
  self.records=_dflt_records() if records is _HAS_DEFAULT_FACTORY else records
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.refs=_dflt_refs() if refs is _HAS_DEFAULT_FACTORY else refs
 return __init__

CODE['2315250240e27a97d3ad8dc7f1273c72'] = __create_fn__.__code__


def __create_fn__(_type_node, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,node:_type_node)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'node',node)
 return __init__

CODE['23e1851ba7f60d0c7d939ed429b4c8b7'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, type={self.type!r}, doc={self.doc!r}, required={self.required!r})"
 return __repr__

CODE['23fa9aca3d3d83f8284473a985f378f8'] = __create_fn__.__code__


def __create_fn__(_type_tokens, _type_prefix, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prefix, _dflt_exact, _return_type):
 def __init__(self,tokens:_type_tokens,prefix:_type_prefix=_dflt_prefix,exact:_type_exact=_dflt_exact)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)
  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)
  __dataclass_builtins_object__.__setattr__(self,'exact',exact)
 return __init__

CODE['2441602100d8eed65967a86cc01a3120'] = __create_fn__.__code__


def __create_fn__(_type_dataset, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,dataset:_type_dataset,problems:_type_problems)->_return_type:
  self.dataset=dataset
  self.problems=problems
 return __init__

CODE['24d9372abd7986f4d9500f8fa64dfb82'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(spec={self.spec!r}, rows={self.rows!r})"
 return __repr__

CODE['24eb2a6253b398dddfc66b81985f68aa'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.record_id,self.path,self.shown,self.before,self.after,self.snippet,self.errors,self.warnings,))
 return __hash__

CODE['251bacf2edf4a2f0efe44768d7591381'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('primary','wire','outlet','aggregator',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['254372c7537238831876d3625090cb50'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.comments,)==(other.value,other.comments,)
  return NotImplemented
 return __eq__

CODE['254d1d034e9c9e383b229a55812493a0'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('texts','context','own','settled',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['256fb1158a1b0804d5b2a2d869a84ef1'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['259ba6037955e9435fe0f30bae8aa1d7'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.ident,self.title,self.summary,self.updated,self.published,)==(other.kind,other.ident,other.title,other.summary,other.updated,other.published,)
  return NotImplemented
 return __eq__

CODE['25ede6944a9a1f3859d1f335ddbf6d51'] = __create_fn__.__code__


def __create_fn__(_type_idfs, _type_avgdl, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,idfs:_type_idfs,avgdl:_type_avgdl)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'idfs',idfs)
  __dataclass_builtins_object__.__setattr__(self,'avgdl',avgdl)
 return __init__

CODE['264abd956ea4c7cd476bd62c79665a03'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(typed={self.typed!r}, commit={self.commit!r})"
 return __repr__

CODE['265bec4815047dcc2a9a886a8dbcbe69'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.title,self.parties,self.mediator,self.phases,)==(other.id,other.sources,other.confidence,other.confidence_note,other.note,other.path,other.line,other.column,other.title,other.parties,other.mediator,other.phases,)
  return NotImplemented
 return __eq__

CODE['265c8f9ab7c40d743965469b5125665c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','short_name','data','as_of','today','newest','newest_id','last_commit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['26940282a2e6b65cc1b99183179755cd'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.head,self.last,self.depth,self.order,))
 return __hash__

CODE['26c26fa45db41d9736c66e14e81019df'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('change','kind','id','path','record','fields','old_path',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['26d00be9b3109a512bcdef216fd3f791'] = __create_fn__.__code__


def __create_fn__(_type_url, _type_outlet, _type_title, _type_published, _type_accessed, _type_note, _type_tier, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_outlet, _dflt_title, _dflt_published, _dflt_accessed, _dflt_note, _dflt_tier, _return_type):
 def __init__(self,url:_type_url,outlet:_type_outlet=_dflt_outlet,title:_type_title=_dflt_title,published:_type_published=_dflt_published,accessed:_type_accessed=_dflt_accessed,note:_type_note=_dflt_note,tier:_type_tier=_dflt_tier)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'outlet',outlet)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'accessed',accessed)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'tier',tier)
 return __init__

CODE['27307acc3ad9b8e2f04625a91a7b6059'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, short_name={self.short_name!r}, description={self.description!r}, vocabulary={self.vocabulary!r}, series={self.series!r}, defaults={self.defaults!r}, source_tiers={self.source_tiers!r}, path={self.path!r})"
 return __repr__

CODE['2791d5cb9fff6419697af27421c76fde'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_layout, _type_mode, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,layout:_type_layout,mode:_type_mode)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'layout',layout)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
 return __init__

CODE['27a4768e3966882d43d1b5bd6001e5a9'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(main_track={self.main_track!r}, recent_days={self.recent_days!r}, briefing_days={self.briefing_days!r}, stale_days={self.stale_days!r}, deadline_days={self.deadline_days!r}, measurement_stale_days={self.measurement_stale_days!r}, timezone={self.timezone!r}, context_topics={self.context_topics!r}, citation_style={self.citation_style!r})"
 return __repr__

CODE['288084d928ff81fe98be9057ee02b603'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expression','phrases','exclusions',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['2898ab00f219342268d56dead56fdf64'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('year','month','day','at','first_day','last_day','sort_key',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['28a48ad06e528cfe323ba05e36b1b7ac'] = __create_fn__.__code__


def __create_fn__(_type_connection, _type_root, _type_location, _type_reread, _type_removed, _type_stored_order, _type_prefix, _type_memo, _type_indexes_pending, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reread, _dflt_removed, _dflt_stored_order, _dflt_prefix, _dflt_memo, _dflt_indexes_pending, _return_type):
 def __init__(self,connection:_type_connection,root:_type_root,location:_type_location,reread:_type_reread=_HAS_DEFAULT_FACTORY,removed:_type_removed=_HAS_DEFAULT_FACTORY,stored_order:_type_stored_order=_HAS_DEFAULT_FACTORY,prefix:_type_prefix=_dflt_prefix,memo:_type_memo=_HAS_DEFAULT_FACTORY,indexes_pending:_type_indexes_pending=_dflt_indexes_pending)->_return_type:
  self.connection=connection
  self.root=root
  self.location=location
  self.reread=_dflt_reread() if reread is _HAS_DEFAULT_FACTORY else reread
  self.removed=_dflt_removed() if removed is _HAS_DEFAULT_FACTORY else removed
  self.stored_order=_dflt_stored_order() if stored_order is _HAS_DEFAULT_FACTORY else stored_order
  self.prefix=prefix
  self.memo=_dflt_memo() if memo is _HAS_DEFAULT_FACTORY else memo
  self.indexes_pending=indexes_pending
 return __init__

CODE['2a2539abb70dd91788476a8a886acf7a'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.uid,self.start,self.end,self.summary,self.description,self.path,self.cancelled,)==(other.uid,other.start,other.end,other.summary,other.description,other.path,other.cancelled,)
  return NotImplemented
 return __eq__

CODE['2a942f49ace75de09a02f208f8ba1f86'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.line,self.column,self.severity,self.rule,self.message,self.hint,))
 return __hash__

CODE['2b17eea1602f8bd56e9597c64d1bc82f'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_speaker, _type_speaker_name, _type_party, _type_party_name, _type_role, _type_on_behalf_of, _type_date, _type_text, _type_original, _type_occasion, _type_context, _type_round, _type_round_title, _type_track, _type_track_title, _type_topics, _type_category, _type_tone, _type_verified, _type_confidence, _type_confidence_note, _type_date_note, _type_note, _type_sources, _type_path, _type_line, _type_column, _type_score, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_score, _return_type):
 def __init__(self,id:_type_id,speaker:_type_speaker,speaker_name:_type_speaker_name,party:_type_party,party_name:_type_party_name,role:_type_role,on_behalf_of:_type_on_behalf_of,date:_type_date,text:_type_text,original:_type_original,occasion:_type_occasion,context:_type_context,round:_type_round,round_title:_type_round_title,track:_type_track,track_title:_type_track_title,topics:_type_topics,category:_type_category,tone:_type_tone,verified:_type_verified,confidence:_type_confidence,confidence_note:_type_confidence_note,date_note:_type_date_note,note:_type_note,sources:_type_sources,path:_type_path,line:_type_line,column:_type_column,score:_type_score=_dflt_score)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'speaker',speaker)
  __dataclass_builtins_object__.__setattr__(self,'speaker_name',speaker_name)
  __dataclass_builtins_object__.__setattr__(self,'party',party)
  __dataclass_builtins_object__.__setattr__(self,'party_name',party_name)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'on_behalf_of',on_behalf_of)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'original',original)
  __dataclass_builtins_object__.__setattr__(self,'occasion',occasion)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
  __dataclass_builtins_object__.__setattr__(self,'round',round)
  __dataclass_builtins_object__.__setattr__(self,'round_title',round_title)
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'track_title',track_title)
  __dataclass_builtins_object__.__setattr__(self,'topics',topics)
  __dataclass_builtins_object__.__setattr__(self,'category',category)
  __dataclass_builtins_object__.__setattr__(self,'tone',tone)
  __dataclass_builtins_object__.__setattr__(self,'verified',verified)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'confidence_note',confidence_note)
  __dataclass_builtins_object__.__setattr__(self,'date_note',date_note)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
 return __init__

CODE['2b2092dd4b6145597119dec0b26dc101'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('date','end','kind','subkind','title','record','track','parties','uncertain',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['2b9582dffdbe2cd1c86dec4fdb90f0a3'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.idfs,self.avgdl,)==(other.idfs,other.avgdl,)
  return NotImplemented
 return __eq__

CODE['2bb27d71444fedde6695e8a700d795c3'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r}, column={self.column!r}, severity={self.severity!r}, rule={self.rule!r}, message={self.message!r}, hint={self.hint!r})"
 return __repr__

CODE['2c0beb5f53cccdf1c934a5efb4d3e498'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('spec','kind','rows',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['2c5cc7705a5e97e0fe4c900770e25df4'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_config, _type_order, _type_new, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,root:_type_root,config:_type_config,order:_type_order,new:_type_new,versions:_type_versions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'config',config)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'versions',versions)
 return __init__

CODE['2d02b27de4b403f71e217bd0c70f1462'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.match,))
 return __hash__

CODE['2d103055544fb794eb05c5edb12445a9'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.round,self.state,self.day,self.pause,)==(other.round,other.state,other.day,other.pause,)
  return NotImplemented
 return __eq__

CODE['2d17b870818f6792d3f47b7a2c378a2b'] = __create_fn__.__code__


def __create_fn__(_type_as_of, _type_since, _type_until, _type_events, _type_statements_included, _type_about, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_about, _return_type):
 def __init__(self,as_of:_type_as_of,since:_type_since,until:_type_until,events:_type_events,statements_included:_type_statements_included,about:_type_about=_dflt_about)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'since',since)
  __dataclass_builtins_object__.__setattr__(self,'until',until)
  __dataclass_builtins_object__.__setattr__(self,'events',events)
  __dataclass_builtins_object__.__setattr__(self,'statements_included',statements_included)
  __dataclass_builtins_object__.__setattr__(self,'about',about)
 return __init__

CODE['2d855f72ee075dbadb63b2082aefa563'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','record_id','path','shown','before','after','changes','errors','warnings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['2d9e78657ffa0104d4559caf50b52169'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','label','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['2ecd369fb94f32a8024875075d7c6233'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','shown','before','after','problems',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['2ee6685d3cab1a52fab3624effd5523b'] = __create_fn__.__code__


def __create_fn__(_type_uid, _type_start, _type_end, _type_summary, _type_description, _type_path, _type_cancelled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cancelled, _return_type):
 def __init__(self,uid:_type_uid,start:_type_start,end:_type_end,summary:_type_summary,description:_type_description,path:_type_path,cancelled:_type_cancelled=_dflt_cancelled)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'uid',uid)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'cancelled',cancelled)
 return __init__

CODE['2f63b39119a56a5d5dcd12bea6bbaaee'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.label,self.doc,self.weight,self.tone_min,self.tone_max,)==(other.id,other.label,other.doc,other.weight,other.tone_min,other.tone_max,)
  return NotImplemented
 return __eq__

CODE['2fdee13ee515da0b7b259cfc0776e018'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, note={self.note!r})"
 return __repr__

CODE['3082d33506220d4c7523f3ffcee902ba'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.markdown,self.json,self.rich,))
 return __hash__

CODE['30eddbdff90e39f1d55f19e3267db02a'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.track,self.title,self.start,self.number,self.end,self.announced,self.cancelled,self.location,self.venue,self.format,self.mediator,self.delegations,self.pauses,self.sticking_points,self.dispositions,self.parts,self.documents,self.outcome,self.date_note,))
 return __hash__

CODE['31014af77ae4d8753d4ebecb484a7c64'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, values={self.values!r})"
 return __repr__

CODE['3150f54136d8ba6c5d6a863c986023f6'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_type, _type_doc, _type_required, _type_missing_rule, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_missing_rule, _return_type):
 def __init__(self,name:_type_name,type:_type_type,doc:_type_doc,required:_type_required=_dflt_required,missing_rule:_type_missing_rule=_dflt_missing_rule)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'missing_rule',missing_rule)
 return __init__

CODE['3155028b41b6689301006cbaabd8dc68'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.label,self.unit,self.kind,self.caveat,)==(other.id,other.label,other.unit,other.kind,other.caveat,)
  return NotImplemented
 return __eq__

CODE['31a3501786529542cdc2e86448763ed1'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('section','item','before','after',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['33315e93155406b8439446b3a877fcf3'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('dataset','problems','root',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['3451e772399ce21d372f42316521369b'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('track','phase','declared','current','last_round','days_since_last','next_round','days_to_next','cancelled','sticking_points',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['34b4e233e0ac6107f42538cfac0d63c6'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.primary,self.wire,self.outlet,self.aggregator,))
 return __hash__

CODE['3531b266d34a540703fdffc37ebd72b5'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','layout','mode',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['354f09d8ce5f88e06b39727eb68f31fb'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('uid','start','end','summary','description','path','cancelled',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['3677718a32dae20c57984aff525882b5'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','prefix','data_dir','environ',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['369b2037b907b069786d678aa1f51010'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, commit={self.commit!r}, stored={self.stored!r}, prefix={self.prefix!r})"
 return __repr__

CODE['372f8633b62c8e4d76ebf6ec690f1453'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('before','after',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['37a3add0f3520b02f0eb07136e08f895'] = __create_fn__.__code__


def __create_fn__(_type_dataset, _type_problems, _type_refs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,dataset:_type_dataset,problems:_type_problems,refs:_type_refs)->_return_type:
  self.dataset=dataset
  self.problems=problems
  self.refs=refs
 return __init__

CODE['37dea38163ab4bb30d8c5cc184144f34'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('names','recount',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['383c5342d654b824705ff3aa6ec0a7ae'] = __create_fn__.__code__


def __create_fn__(_type_spec, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,spec:_type_spec,rows:_type_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'spec',spec)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
 return __init__

CODE['38692d8eff9eab4efa2784aed038ff47'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, commit={self.commit!r}, files={self.files!r}, records={self.records!r}, errors={self.errors!r})"
 return __repr__

CODE['39145c03e2f093a097c9c2df325e3d01'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_label, _type_unit, _type_kind, _type_caveat, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_caveat, _return_type):
 def __init__(self,id:_type_id,label:_type_label,unit:_type_unit,kind:_type_kind,caveat:_type_caveat=_dflt_caveat)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'caveat',caveat)
 return __init__

CODE['398f2f1b3911fdec0b0388b1d9716370'] = __create_fn__.__code__


def __create_fn__(_type_party, _type_statement, _type_speaker, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,party:_type_party,statement:_type_statement,speaker:_type_speaker)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'party',party)
  __dataclass_builtins_object__.__setattr__(self,'statement',statement)
  __dataclass_builtins_object__.__setattr__(self,'speaker',speaker)
 return __init__

CODE['399ba578e112b1538cb29ae3bc63d062'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.field,self.option,self.parameters,self.read,))
 return __hash__

CODE['39b74516ee9bee0b22afd89a338cd0b1'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','match',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['39e0661d4e314893decb7b8db86715fe'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','value','comments',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['3a12c989de5b013c56c1fa3f3e8cace3'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.commit,self.stored,self.prefix,)==(other.label,other.commit,other.stored,other.prefix,)
  return NotImplemented
 return __eq__

CODE['3a204de7da0e314b4a750257cf7e4af7'] = __create_fn__.__code__


def __create_fn__(_type_line, _type_text, _type_whole_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,text:_type_text,whole_line:_type_whole_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'whole_line',whole_line)
 return __init__

CODE['3a62dd5aa9f5865d04b3eca40a01edd2'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('track','id','title','entries',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['3ac2a329a73f42262dd762ea98d1f3f0'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(track={self.track!r}, phase={self.phase!r}, declared={self.declared!r}, current={self.current!r}, last_round={self.last_round!r}, days_since_last={self.days_since_last!r}, next_round={self.next_round!r}, days_to_next={self.days_to_next!r}, cancelled={self.cancelled!r}, sticking_points={self.sticking_points!r})"
 return __repr__

CODE['3b4a2d8d6388fa70c061caa8e5518f18'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('main_track','recent_days','briefing_days','stale_days','deadline_days','measurement_stale_days','timezone','context_topics','citation_style',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['3b97d537dabc85da332f0b4d90e301e6'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dataset={self.dataset!r}, track={self.track!r}, full={self.full!r}, source={self.source!r})"
 return __repr__

CODE['3ba47954d1d7c77a5a318977ec5a387c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.party,self.recent_mean,self.recent_n,self.previous_mean,self.previous_n,))
 return __hash__

CODE['3bd01103466c444e6afda74ea63bb71b'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lang','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['3bd1b87837cb6a8fcaa8c8ad168adfdd'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('uid','start','end','summary','description','path','cancelled',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['3c0566dd78b1dd3ba4548821bd205142'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.doc,self.columns,self.primary_key,self.foreign_keys,self.indexes,)==(other.name,other.doc,other.columns,other.primary_key,other.foreign_keys,other.indexes,)
  return NotImplemented
 return __eq__

CODE['3c258bfbf45e13f6eec79173d517fb64'] = __create_fn__.__code__


def __create_fn__(_type_key, _type_head, _type_last, _type_depth, _type_order, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,head:_type_head,last:_type_last,depth:_type_depth,order:_type_order)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'head',head)
  __dataclass_builtins_object__.__setattr__(self,'last',last)
  __dataclass_builtins_object__.__setattr__(self,'depth',depth)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
 return __init__

CODE['3c4fefd0d2725f4cc40a74a8968d1495'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_name, _type_party, _type_party_name, _type_statements, _type_unverified, _type_first, _type_last, _type_aliases, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,name:_type_name,party:_type_party,party_name:_type_party_name,statements:_type_statements,unverified:_type_unverified,first:_type_first,last:_type_last,aliases:_type_aliases)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'party',party)
  __dataclass_builtins_object__.__setattr__(self,'party_name',party_name)
  __dataclass_builtins_object__.__setattr__(self,'statements',statements)
  __dataclass_builtins_object__.__setattr__(self,'unverified',unverified)
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'last',last)
  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)
 return __init__

CODE['3ccc2fa7851a4dbe58224bbeb63b0c0a'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.data_sha256,self.commit,self.dirty,)==(other.data_sha256,other.commit,other.dirty,)
  return NotImplemented
 return __eq__

CODE['3dcc90c9c8d4d52b7f7c80c6cbc2d078'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.label,self.note,))
 return __hash__

CODE['3dd2a5e6a2a457fa68099429c8a9d2dd'] = __create_fn__.__code__


def __create_fn__(_type_dataset, _type_problems, _type_root, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,dataset:_type_dataset,problems:_type_problems,root:_type_root)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'dataset',dataset)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
  __dataclass_builtins_object__.__setattr__(self,'root',root)
 return __init__

CODE['3dea8c6260eafc4bb31455fa1d0345e4'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','prefix','owner','table','keys','target','extras','items',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['3e1ab6d5d54b8ac9805d2c120ca4d328'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_name, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _return_type):
 def __init__(self,id:_type_id,name:_type_name,kind:_type_kind=_dflt_kind)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
 return __init__

CODE['3efb67ca5fec5222dc1bf8e55f7ecb70'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('year','month','day','at','first_day','last_day','sort_key',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['3f0028b66bc73b02e25cb03fd2cf2797'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.stdout,self.stderr,self.environ,self.cwd,self.timezone,)==(other.stdout,other.stderr,other.environ,other.cwd,other.timezone,)
  return NotImplemented
 return __eq__

CODE['3f308f68f6ef622d0a0d40b0841da761'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.party,self.party_name,self.statements,self.unverified,self.first,self.last,self.aliases,)==(other.id,other.name,other.party,other.party_name,other.statements,other.unverified,other.first,other.last,other.aliases,)
  return NotImplemented
 return __eq__

CODE['3f5176ac00a1fdb3ba4fe2b454417b40'] = __create_fn__.__code__


def __create_fn__(_type_text, _type_markdown, _type_json, _type_rich, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,markdown:_type_markdown,json:_type_json,rich:_type_rich)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'markdown',markdown)
  __dataclass_builtins_object__.__setattr__(self,'json',json)
  __dataclass_builtins_object__.__setattr__(self,'rich',rich)
 return __init__

CODE['3f7fa25e757598ac38f927d5ae49164e'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, speaker={self.speaker!r}, speaker_name={self.speaker_name!r}, party={self.party!r}, party_name={self.party_name!r}, role={self.role!r}, on_behalf_of={self.on_behalf_of!r}, date={self.date!r}, text={self.text!r}, original={self.original!r}, occasion={self.occasion!r}, context={self.context!r}, round={self.round!r}, round_title={self.round_title!r}, track={self.track!r}, track_title={self.track_title!r}, topics={self.topics!r}, category={self.category!r}, tone={self.tone!r}, verified={self.verified!r}, confidence={self.confidence!r}, confidence_note={self.confidence_note!r}, date_note={self.date_note!r}, note={self.note!r}, sources={self.sources!r}, path={self.path!r}, line={self.line!r}, column={self.column!r}, score={self.score!r})"
 return __repr__

CODE['3fcd031b88f7c483f6eec41c97be1d25'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, disposition={self.disposition!r}, superseded_by={self.superseded_by!r}, note={self.note!r})"
 return __repr__

CODE['3fdfd129aa3ce713c273ed6aded17f3f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','type','doc','required',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['4064bea5c783712e1f71fdc1d2bb0428'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, type={self.type!r}, doc={self.doc!r}, required={self.required!r}, missing_rule={self.missing_rule!r})"
 return __repr__

CODE['40725c14eb235fcbf5e7b31eef656e20'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.milestone_kinds,self.categories,self.occasions,self.sticking_point_statuses,self.topics,self.document_kinds,))
 return __hash__

CODE['407a28d51a05bc5d26285fdb0085e413'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.label,self.value,self.colour,)==(other.path,other.label,other.value,other.colour,)
  return NotImplemented
 return __eq__

CODE['40bce2bcdc303d8ec300e1ebe829bf69'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.origin,)==(other.path,other.origin,)
  return NotImplemented
 return __eq__

CODE['40ec70ccab28987234964eb50259149d'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.problems,self.files,self.records,)==(other.problems,other.files,other.records,)
  return NotImplemented
 return __eq__

CODE['410987d5b0855be6b6c9da78c9a217cf'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.total,self.coded,self.unverified,self.low_confidence,))
 return __hash__

CODE['41441e4d57b6b80a81a69c27334fb4a6'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, notify={self.notify!r}, instance={self.instance!r}, seq={self.seq!r}, journal={self.journal!r}, folders={self.folders!r}, watched={self.watched!r}, links={self.links!r}, events={self.events!r}, gone={self.gone!r})"
 return __repr__

CODE['4151ca12d25d89a5258b0e7af348678e'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dataset={self.dataset!r}, problems={self.problems!r}, refs={self.refs!r})"
 return __repr__

CODE['41a31f19bd25729a3383ab5f34284858'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, label={self.label!r}, note={self.note!r})"
 return __repr__

CODE['4217e2b6b4ca810b595c999fb91d21f9'] = __create_fn__.__code__


def __create_fn__(_type_party, _type_recent_mean, _type_recent_n, _type_previous_mean, _type_previous_n, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,party:_type_party,recent_mean:_type_recent_mean,recent_n:_type_recent_n,previous_mean:_type_previous_mean,previous_n:_type_previous_n)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'party',party)
  __dataclass_builtins_object__.__setattr__(self,'recent_mean',recent_mean)
  __dataclass_builtins_object__.__setattr__(self,'recent_n',recent_n)
  __dataclass_builtins_object__.__setattr__(self,'previous_mean',previous_mean)
  __dataclass_builtins_object__.__setattr__(self,'previous_n',previous_n)
 return __init__

CODE['4231d27e93311e28f6e988673d86b344'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.speakers,self.rounds,self.topics,self.categories,self.since,self.until,self.as_of,self.verified_only,self.ids,)==(other.speakers,other.rounds,other.topics,other.categories,other.since,other.until,other.as_of,other.verified_only,other.ids,)
  return NotImplemented
 return __eq__

CODE['42bdbb703a3d443527efd42246d05a00'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('columns','table','target',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['435c9f41c165044b9cc36d13fd9c20ed'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['43b971d164bad93d9bacda527b17da0e'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ctx={self.ctx!r}, data_dir_option={self.data_dir_option!r}, today={self.today!r})"
 return __repr__

CODE['43bd0185631dcde207139a1b92b7c071'] = __create_fn__.__code__


def __create_fn__(_type_lang, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,lang:_type_lang,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__

CODE['443a8c050ef6bdeec2472b11acefca2e'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, markdown={self.markdown!r}, json={self.json!r}, rich={self.rich!r})"
 return __repr__

CODE['446475866fe41563db7b384af6d56772'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.change,self.kind,self.id,self.path,self.record,self.fields,self.old_path,))
 return __hash__

CODE['44a273bd0e955503cdca1a856164f358'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, track={self.track!r}, window={self.window!r}, options={self.options!r}, status={self.status!r}, headline={self.headline!r}, other_tracks={self.other_tracks!r}, news={self.news!r}, sticking_points={self.sticking_points!r}, statements={self.statements!r}, quotes={self.quotes!r}, trends={self.trends!r}, upcoming={self.upcoming!r}, alerts={self.alerts!r}, origin={self.origin!r}, errors={self.errors!r}, tracks={self.tracks!r}, subject={self.subject!r}, citation_style={self.citation_style!r}, about={self.about!r})"
 return __repr__

CODE['44b933eb4a8b9e271e13b08ff6a5bb67'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','label','op','before','after',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['45b52443d48dd63f9a1029214f356600'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.shown,self.before,self.after,self.problems,)==(other.path,other.shown,other.before,other.after,other.problems,)
  return NotImplemented
 return __eq__

CODE['45ca21c1b5bb466b316fa9afe67861a9'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('dataset','track','full','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['45d7992c89ca449d57d24fea7c402177'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','old_path','new_path',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['45f6657bc2ad622399b0ab22f1a2d202'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(problems={self.problems!r}, records={self.records!r}, ids={self.ids!r}, loose={self.loose!r})"
 return __repr__

CODE['471853fc6e8abf7c9c77b9897c99f471'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.total,self.coded,self.unverified,self.low_confidence,)==(other.total,other.coded,other.unverified,other.low_confidence,)
  return NotImplemented
 return __eq__

CODE['4719287c281f3d6c3ce2101da25446f3'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('dataset','problems','root',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['47303d9dfd50fa40f84337cb8f7f6741'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(year={self.year!r}, month={self.month!r}, day={self.day!r}, at={self.at!r})"
 return __repr__

CODE['47ee731e78e0032c85afd6780c723e93'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','svg','caption','headers','rows',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['48cf221f9d65756fa71fb835f730392e'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, style={self.style!r}, was_plain={self.was_plain!r}, tag={self.tag!r})"
 return __repr__

CODE['494205f8fbb354a5d24ecd8688f07526'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','disposition','superseded_by','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['4a2b08c6268ea7feac575087f55c3d4f'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_sources, _type_confidence, _type_confidence_note, _type_note, _type_path, _type_line, _type_column, _type_where, _type_track, _type_title, _type_start, _type_number, _type_end, _type_announced, _type_cancelled, _type_location, _type_venue, _type_format, _type_mediator, _type_delegations, _type_pauses, _type_sticking_points, _type_dispositions, _type_parts, _type_documents, _type_outcome, _type_date_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_confidence, _dflt_confidence_note, _dflt_note, _dflt_path, _dflt_line, _dflt_column, _dflt_where, _dflt_number, _dflt_end, _dflt_announced, _dflt_cancelled, _dflt_location, _dflt_venue, _dflt_format, _dflt_mediator, _dflt_delegations, _dflt_pauses, _dflt_sticking_points, _dflt_dispositions, _dflt_parts, _dflt_documents, _dflt_outcome, _dflt_date_note, _return_type):
 def __init__(self,*,id:_type_id,sources:_type_sources=_dflt_sources,confidence:_type_confidence=_dflt_confidence,confidence_note:_type_confidence_note=_dflt_confidence_note,note:_type_note=_dflt_note,path:_type_path=_dflt_path,line:_type_line=_dflt_line,column:_type_column=_dflt_column,where:_type_where=_HAS_DEFAULT_FACTORY,track:_type_track,title:_type_title,start:_type_start,number:_type_number=_dflt_number,end:_type_end=_dflt_end,announced:_type_announced=_dflt_announced,cancelled:_type_cancelled=_dflt_cancelled,location:_type_location=_dflt_location,venue:_type_venue=_dflt_venue,format:_type_format=_dflt_format,mediator:_type_mediator=_dflt_mediator,delegations:_type_delegations=_HAS_DEFAULT_FACTORY,pauses:_type_pauses=_dflt_pauses,sticking_points:_type_sticking_points=_dflt_sticking_points,dispositions:_type_dispositions=_dflt_dispositions,parts:_type_parts=_dflt_parts,documents:_type_documents=_dflt_documents,outcome:_type_outcome=_dflt_outcome,date_note:_type_date_note=_dflt_date_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'confidence_note',confidence_note)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'announced',announced)
  __dataclass_builtins_object__.__setattr__(self,'cancelled',cancelled)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'venue',venue)
  __dataclass_builtins_object__.__setattr__(self,'format',format)
  __dataclass_builtins_object__.__setattr__(self,'mediator',mediator)
  __dataclass_builtins_object__.__setattr__(self,'delegations',_dflt_delegations() if delegations is _HAS_DEFAULT_FACTORY else delegations)
  __dataclass_builtins_object__.__setattr__(self,'pauses',pauses)
  __dataclass_builtins_object__.__setattr__(self,'sticking_points',sticking_points)
  __dataclass_builtins_object__.__setattr__(self,'dispositions',dispositions)
  __dataclass_builtins_object__.__setattr__(self,'parts',parts)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)
  __dataclass_builtins_object__.__setattr__(self,'date_note',date_note)
 return __init__

CODE['4a2fda095e2cb42ce85a10f44d68d8f5'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, count={self.count!r}, subject={self.subject!r}, date={self.date!r}, records={self.records!r})"
 return __repr__

CODE['4a667782b76f35da957e2ff13b8451e3'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.round,self.state,self.day,self.pause,))
 return __hash__

CODE['4bdcfd6f042346cb57efabc6ad3a23ca'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, since={self.since!r}, until={self.until!r}, events={self.events!r}, statements_included={self.statements_included!r}, about={self.about!r})"
 return __repr__

CODE['4be7f603e402c4f0af2f7c70cec74f3b'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['4c4125340749775d7e0b726b54a559fc'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','line','column','severity','rule','message','hint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['4c584a390338349275f52eb7f9e01e9f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('idfs','avgdl',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['4c9039f222df9967b88c157a83f1f89e'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, track={self.track!r}, tracks={self.tracks!r}, latest_statements={self.latest_statements!r}, context_statements={self.context_statements!r}, recent_milestones={self.recent_milestones!r}, upcoming={self.upcoming!r}, measurements={self.measurements!r}, tone={self.tone!r}, basis={self.basis!r}, recent_days={self.recent_days!r}, documents={self.documents!r}, last_record={self.last_record!r}, about={self.about!r})"
 return __repr__

CODE['4c981e17dc600740e11ad7c29c285a77'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('data_sha256','commit','dirty',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['4ce764c4b499b4485d9598b3d8ce7cf0'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.quote,self.score,)==(other.quote,other.score,)
  return NotImplemented
 return __eq__

CODE['4d65aa636703b0c72aa66cf4c0531b62'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','value','within','order_by',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['4d8a1f2b5ca042fe448205f6ee9cead5'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.values,)==(other.name,other.values,)
  return NotImplemented
 return __eq__

CODE['4ea20d08397a69ead7c3283092144e9e'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_end, _type_start, _type_typed, _type_commit, _type_previous_as_of, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_start, _dflt_typed, _dflt_commit, _dflt_previous_as_of, _dflt_note, _return_type):
 def __init__(self,kind:_type_kind,end:_type_end,start:_type_start=_dflt_start,typed:_type_typed=_dflt_typed,commit:_type_commit=_dflt_commit,previous_as_of:_type_previous_as_of=_dflt_previous_as_of,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'typed',typed)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'previous_as_of',previous_as_of)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

CODE['4ef31ed3a4511f30129040cb0fe1c142'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lang','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['4effcdb15f629e5ffaffca0e23fa3a8b'] = __create_fn__.__code__


def __create_fn__(_type_total, _type_by_party, _type_unverified, _type_low_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,total:_type_total,by_party:_type_by_party,unverified:_type_unverified,low_confidence:_type_low_confidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'total',total)
  __dataclass_builtins_object__.__setattr__(self,'by_party',by_party)
  __dataclass_builtins_object__.__setattr__(self,'unverified',unverified)
  __dataclass_builtins_object__.__setattr__(self,'low_confidence',low_confidence)
 return __init__

CODE['4f048a8ef77182ba39f9d7966deb657b'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pairs,self.tag,)==(other.pairs,other.tag,)
  return NotImplemented
 return __eq__

CODE['4fb50e1d5d3d80f1abbb6093d54060bf'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.stored,)==(other.root,other.stored,)
  return NotImplemented
 return __eq__

CODE['4fee7c46453d7ce8529df6335148101e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.as_of,self.track,self.window,self.options,self.status,self.headline,self.other_tracks,self.news,self.sticking_points,self.statements,self.quotes,self.trends,self.upcoming,self.alerts,self.origin,self.errors,self.tracks,self.subject,self.citation_style,self.about,))
 return __hash__

CODE['5006848d0428592713d996de5f44933a'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, svg={self.svg!r}, caption={self.caption!r}, headers={self.headers!r}, rows={self.rows!r})"
 return __repr__

CODE['503219f76dfeb66b6cbbaf69ee5833cd'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.measurement,self.milestone,self.series,self.age_days,self.stale,)==(other.measurement,other.milestone,other.series,other.age_days,other.stale,)
  return NotImplemented
 return __eq__

CODE['50b9d6232fc34958b364daa8e82b27c6'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('main_track','recent_days','briefing_days','stale_days','deadline_days','measurement_stale_days','timezone','context_topics','citation_style',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['5122e7f40cb10f9917559b409fac7137'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dataset={self.dataset!r}, problems={self.problems!r}, root={self.root!r})"
 return __repr__

CODE['5150d80ca1cf4f9ea50c06aabf562743'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(before={self.before!r}, after={self.after!r})"
 return __repr__

CODE['5163de5021af74a289f24a40fc002008'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('metric','value','unit','low','high','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['5183969ca2dd6ffe2686ba6ffd6baaff'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.files,self.bytes,self.errors,self.statements,self.snapshots,))
 return __hash__

CODE['51b4f583b8c6148efa7c901841356e43'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','doc','columns','primary_key','foreign_keys','indexes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['522cdb86371e71f18d9ab6f3a9468180'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.names,self.recount,))
 return __hash__

CODE['528bf2b320c191c840e11b923ba8898e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.prefix,self.owner,self.table,self.keys,self.target,self.extras,self.items,))
 return __hash__

CODE['52ed0c9ffd69a04576e6fc6493f51ad6'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, name={self.name!r}, x={self.x!r}, row={self.row!r})"
 return __repr__

CODE['5311df1ea064424b4bb33da3c538a802'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','result','actors','_json','_text','_markdown','_rows',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['533b506dd4b314d281dc41ee95b4e0f0'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, head={self.head!r}, last={self.last!r}, depth={self.depth!r}, order={self.order!r})"
 return __repr__

CODE['537c11f43d0f0fa50c6d0a4f2b21d6f5'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.status,self.since,self.round,self.note,self.on_table,self.disposition,self.superseded_by,self.former_titles,)==(other.id,other.title,other.status,other.since,other.round,other.note,other.on_table,other.disposition,other.superseded_by,other.former_titles,)
  return NotImplemented
 return __eq__

CODE['53f08a71c510db8023155caf6ccb0da0'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, status={self.status!r}, note={self.note!r}, raised_by={self.raised_by!r})"
 return __repr__

CODE['542c87cacb4ed4f6a87d9ca1f326f3ea'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.files,)==(other.root,other.files,)
  return NotImplemented
 return __eq__

CODE['54374c02fd3bccbef382175ac46d88b6'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','label','value','colour',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['5437d331671a8200e16bad15da8a2a56'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, sources={self.sources!r}, confidence={self.confidence!r}, confidence_note={self.confidence_note!r}, note={self.note!r}, path={self.path!r}, line={self.line!r}, column={self.column!r}, title={self.title!r}, parties={self.parties!r}, mediator={self.mediator!r}, phases={self.phases!r})"
 return __repr__

CODE['54aa01a5cfad5e8c96c2d5f8e4f8aa7c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('counts','len','sort_key','id','statement',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['54c32eebcdeb94707c5dc2622a0c355c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','prefix','owner','table','keys','target','extras','items',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['550fc8870eba5ba8cb36cf608c5a99db'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.doc,self.columns,self.primary_key,self.foreign_keys,self.indexes,))
 return __hash__

CODE['5517326bf7540407eb9bd59de3bb8ce5'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('milestone_kinds','categories','occasions','sticking_point_statuses','topics','document_kinds',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['552ee202a799e043a281f19c5047a1a4'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.match,)==(other.key,other.match,)
  return NotImplemented
 return __eq__

CODE['55c1931728f22ae1b51a2969fdf937cc'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(tokens={self.tokens!r}, prefix={self.prefix!r}, exact={self.exact!r})"
 return __repr__

CODE['55e8d7134701b968c85b1dd207467c65'] = __create_fn__.__code__


def __create_fn__(_type_match, _type_exclude, _type_terms, _type_ranked, _type_ranked_exclusions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ranked, _dflt_ranked_exclusions, _return_type):
 def __init__(self,match:_type_match,exclude:_type_exclude,terms:_type_terms,ranked:_type_ranked=_dflt_ranked,ranked_exclusions:_type_ranked_exclusions=_dflt_ranked_exclusions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'match',match)
  __dataclass_builtins_object__.__setattr__(self,'exclude',exclude)
  __dataclass_builtins_object__.__setattr__(self,'terms',terms)
  __dataclass_builtins_object__.__setattr__(self,'ranked',ranked)
  __dataclass_builtins_object__.__setattr__(self,'ranked_exclusions',ranked_exclusions)
 return __init__

CODE['566a0d691c61307ae5ac5177e82bed51'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.columns,self.table,self.target,)==(other.columns,other.table,other.target,)
  return NotImplemented
 return __eq__

CODE['56afa6025a77749e47b7811a3345656f'] = __create_fn__.__code__


def __create_fn__(_type_start, _type_end, _type_label, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end, _dflt_label, _dflt_note, _return_type):
 def __init__(self,start:_type_start,end:_type_end=_dflt_end,label:_type_label=_dflt_label,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

CODE['56f1cbfeea1ef2876736ef8e7e509635'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.before,self.after,)==(other.before,other.after,)
  return NotImplemented
 return __eq__

CODE['57335b70f1a651537c46c022e534ee50'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kept','shadowed','left_out',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['574683cfc31150e3f8fa270bdd792bbb'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.origin,))
 return __hash__

CODE['58456d8593b325048fb07c8cd6030491'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('tokens','prefix','exact',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['58b45af8877dcabb6b4f406e0c28bd27'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dataset={self.dataset!r}, errors={self.errors!r}, source={self.source!r}, index={self.index!r})"
 return __repr__

CODE['59372aa868f6bb222033b5550ddf9645'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('token','changed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['59c5a6ad3bab2845858c2de8727a23f6'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('date','phase','note','sources',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['5a0c8ee404a13024dcb64e583fc6ec09'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.date,self.title,self.record,self.track,self.subkind,self.change,self.fields,self.uncertain,self.end,)==(other.kind,other.date,other.title,other.record,other.track,other.subkind,other.change,other.fields,other.uncertain,other.end,)
  return NotImplemented
 return __eq__

CODE['5a25798c5037cd451eab85251b3509ed'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.unit,))
 return __hash__

CODE['5b77084ed327a2a76873d82d568da1d2'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(sources={self.sources!r}, outlets={self.outlets!r}, accessed={self.accessed!r}, confidence={self.confidence!r}, confidence_note={self.confidence_note!r}, note={self.note!r}, dry_run={self.dry_run!r}, data_dir_option={self.data_dir_option!r})"
 return __repr__

CODE['5c39a71d044d8ce5dc31f2e818984413'] = __create_fn__.__code__


def __create_fn__(_type_x0, _type_x1, _type_y0, _type_y1, _type_lo, _type_hi, _type_periods, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,x0:_type_x0,x1:_type_x1,y0:_type_y0,y1:_type_y1,lo:_type_lo,hi:_type_hi,periods:_type_periods)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'y0',y0)
  __dataclass_builtins_object__.__setattr__(self,'y1',y1)
  __dataclass_builtins_object__.__setattr__(self,'lo',lo)
  __dataclass_builtins_object__.__setattr__(self,'hi',hi)
  __dataclass_builtins_object__.__setattr__(self,'periods',periods)
 return __init__

CODE['5c5f3d84b41ab4e605af555b989521c9'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_stored, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,root:_type_root,stored:_type_stored)->_return_type:
  self.root=root
  self.stored=stored
 return __init__

CODE['5c621d2bc311f93c2615fb4d8c065c22'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(track={self.track!r}, id={self.id!r}, title={self.title!r}, entries={self.entries!r})"
 return __repr__

CODE['5ca597d8473a9bdadea52a534cebe957'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(total={self.total!r}, coded={self.coded!r}, unverified={self.unverified!r}, low_confidence={self.low_confidence!r})"
 return __repr__

CODE['5d17d77938100dbce90f2c6b7f0828ed'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.measurement,self.milestone,self.series,self.age_days,self.stale,))
 return __hash__

CODE['5d3d25fc17b3bf19c1d215e2ddbd9fec'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('statements','coded','unverified','low_confidence','rounds','milestones',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['5d524229a1c57a23f75074560bd9e10f'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_sources, _type_confidence, _type_confidence_note, _type_note, _type_path, _type_line, _type_column, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_confidence, _dflt_confidence_note, _dflt_note, _dflt_path, _dflt_line, _dflt_column, _dflt_where, _return_type):
 def __init__(self,*,id:_type_id,sources:_type_sources=_dflt_sources,confidence:_type_confidence=_dflt_confidence,confidence_note:_type_confidence_note=_dflt_confidence_note,note:_type_note=_dflt_note,path:_type_path=_dflt_path,line:_type_line=_dflt_line,column:_type_column=_dflt_column,where:_type_where=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'confidence_note',confidence_note)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
 return __init__

CODE['5d8c9af9cf663bfae077a5a760f62253'] = __create_fn__.__code__


def __create_fn__(_type_kept, _type_shadowed, _type_left_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kept:_type_kept,shadowed:_type_shadowed,left_out:_type_left_out)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kept',kept)
  __dataclass_builtins_object__.__setattr__(self,'shadowed',shadowed)
  __dataclass_builtins_object__.__setattr__(self,'left_out',left_out)
 return __init__

CODE['5d9bfb73ca2931059a55ed03e68e8861'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(env={self.env!r}, scope={self.scope!r}, actors={self.actors!r}, as_of={self.as_of!r}, format={self.format!r}, errors={self.errors!r}, about={self.about!r})"
 return __repr__

CODE['5da318012055448e47ca2c59357ce388'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.yes,self.no,self.abstain,self.absent,self.body,self.method,self.note,)==(other.yes,other.no,other.abstain,other.absent,other.body,other.method,other.note,)
  return NotImplemented
 return __eq__

CODE['5de01b13730cd26230f3cd9af01e1817'] = __create_fn__.__code__


def __create_fn__(_type_metric, _type_value, _type_unit, _type_low, _type_high, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_low, _dflt_high, _dflt_note, _return_type):
 def __init__(self,metric:_type_metric,value:_type_value,unit:_type_unit,low:_type_low=_dflt_low,high:_type_high=_dflt_high,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'metric',metric)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

CODE['5e4aaa51dc3a13092adf78c4ae556e24'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.uid,self.start,self.end,self.summary,self.description,self.path,self.cancelled,))
 return __hash__

CODE['5e9c114c32e08b6e8eaa57291b0d6fe7'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_name, _type_kind, _type_party, _type_aliases, _type_roles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,name:_type_name,kind:_type_kind,party:_type_party,aliases:_type_aliases,roles:_type_roles)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'party',party)
  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)
  __dataclass_builtins_object__.__setattr__(self,'roles',roles)
 return __init__

CODE['5ec803eee916087918f10c443c76b17f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','origin',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['5f2a9dfdd952cf8935c70d49884a706a'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.kind,)==(other.id,other.name,other.kind,)
  return NotImplemented
 return __eq__

CODE['5f41c79d0a5093bfa88084e105786ffc'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('nodes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['60628fbc8334e25177d1f8feb5ff9788'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ctx','data_dir_option','today',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['613b2cf5f505e714d83e2143750c39e9'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.title,self.date,self.kind,self.symbol,self.track,self.authors,self.url,self.supersedes,self.summary,self.date_note,)==(other.id,other.sources,other.confidence,other.confidence_note,other.note,other.path,other.line,other.column,other.title,other.date,other.kind,other.symbol,other.track,other.authors,other.url,other.supersedes,other.summary,other.date_note,)
  return NotImplemented
 return __eq__

CODE['618ca4a95b155df6596afa7592bb8dcf'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.first_day,self.precision,self.speaker,self.category,self.count,self.coded,self.tone_sum,)==(other.first_day,other.precision,other.speaker,other.category,other.count,other.coded,other.tone_sum,)
  return NotImplemented
 return __eq__

CODE['61a6a01e05bd50406e12a959bb069ade'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','record_id','path','shown','before','after','snippet','errors','warnings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['622a25955556876a02eaf1a4e056488c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('party','statement','speaker',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['6252ddb305578187de26c178df3a8b3c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.record_id,self.path,self.shown,self.before,self.after,self.changes,self.errors,self.warnings,))
 return __hash__

CODE['62f361684d6ce9f963bb910c741e04ce'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('yes','no','abstain','absent','body','method','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['62fd167ada5ed71595095c8d134846f4'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pairs={self.pairs!r}, tag={self.tag!r})"
 return __repr__

CODE['63493c23d4d523a4814af9bcf812f0d3'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dataset={self.dataset!r}, problems={self.problems!r})"
 return __repr__

CODE['6395928946c0b7d3e6c099f436cb011c'] = __create_fn__.__code__


def __create_fn__(_type_parameter_info, _type_annotation, _type_convert, _type_descriptor, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,parameter_info:_type_parameter_info,annotation:_type_annotation,convert:_type_convert,descriptor:_type_descriptor)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'parameter_info',parameter_info)
  __dataclass_builtins_object__.__setattr__(self,'annotation',annotation)
  __dataclass_builtins_object__.__setattr__(self,'convert',convert)
  __dataclass_builtins_object__.__setattr__(self,'descriptor',descriptor)
 return __init__

CODE['639beeda333ef483f768fb393b7e3304'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.spec,self.kind,self.rows,))
 return __hash__

CODE['639dfd5fbcc8378cfea4688362adc491'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','name','party','party_name','statements','unverified','first','last','aliases',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['6463943a0026d96ec243fba54f83b5d0'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.nodes,))
 return __hash__

CODE['6510efbaac154f87547500fcc9f9f4c1'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, status={self.status!r}, since={self.since!r}, round={self.round!r}, note={self.note!r}, on_table={self.on_table!r}, disposition={self.disposition!r}, superseded_by={self.superseded_by!r}, former_titles={self.former_titles!r})"
 return __repr__

CODE['6548f17f2811db305e1c7ac6ec0feedf'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rounds={self.rounds!r}, tracks={self.tracks!r}, tiers={self.tiers!r}, source={self.source!r}, every_speaker={self.every_speaker!r}, looked_up={self.looked_up!r})"
 return __repr__

CODE['66fc31f2e93c4df728c7e73705d609e6'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.date,self.days,self.kind,self.title,self.record,self.track,))
 return __hash__

CODE['673308d8589fdc7270a4a0f622b7e646'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.markdown,self.json,self.rich,)==(other.text,other.markdown,other.json,other.rich,)
  return NotImplemented
 return __eq__

CODE['677259fa26bf5d2a75514f50919b439b'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_prefix, _type_data_dir, _type_environ, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_environ, _return_type):
 def __init__(self,root:_type_root,prefix:_type_prefix,data_dir:_type_data_dir,environ:_type_environ=_dflt_environ)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)
  __dataclass_builtins_object__.__setattr__(self,'data_dir',data_dir)
  __dataclass_builtins_object__.__setattr__(self,'environ',environ)
 return __init__

CODE['680b34f4b257e086f5454e07ff55c396'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.spec,self.rows,))
 return __hash__

CODE['684866bae79c8608e488a5398a593431'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, columns={self.columns!r}, cells={self.cells!r}, foreign_keys={self.foreign_keys!r}, indexes={self.indexes!r})"
 return __repr__

CODE['6875ea1d89f93722181e63d79a63c78e'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','record_id','path','shown','before','after','snippet','errors','warnings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['689616e2694bf04ba7983a0b158aac22'] = __create_fn__.__code__


def __create_fn__(_type_milestone_kinds, _type_categories, _type_occasions, _type_sticking_point_statuses, _type_topics, _type_document_kinds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_milestone_kinds, _dflt_categories, _dflt_occasions, _dflt_sticking_point_statuses, _dflt_topics, _dflt_document_kinds, _return_type):
 def __init__(self,milestone_kinds:_type_milestone_kinds=_dflt_milestone_kinds,categories:_type_categories=_dflt_categories,occasions:_type_occasions=_dflt_occasions,sticking_point_statuses:_type_sticking_point_statuses=_dflt_sticking_point_statuses,topics:_type_topics=_dflt_topics,document_kinds:_type_document_kinds=_dflt_document_kinds)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'milestone_kinds',milestone_kinds)
  __dataclass_builtins_object__.__setattr__(self,'categories',categories)
  __dataclass_builtins_object__.__setattr__(self,'occasions',occasions)
  __dataclass_builtins_object__.__setattr__(self,'sticking_point_statuses',sticking_point_statuses)
  __dataclass_builtins_object__.__setattr__(self,'topics',topics)
  __dataclass_builtins_object__.__setattr__(self,'document_kinds',document_kinds)
 return __init__

CODE['68ae7f2a5b97d5638409e23c7f7671b2'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x0,self.x1,self.y0,self.y1,self.lo,self.hi,self.periods,)==(other.x0,other.x1,other.y0,other.y1,other.lo,other.hi,other.periods,)
  return NotImplemented
 return __eq__

CODE['69208230e1c6a8838b08aa692b1808f3'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('round','state','day','pause',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['69ccbba2eb200581f69028307f458dce'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(milestone={self.milestone!r}, days={self.days!r})"
 return __repr__

CODE['6a87f11530743987c3569a9bbf1d07fc'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','name','kind','party','aliases','roles',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['6aa67bfda15630ba83df3c9a3b2c35ae'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_line, _type_column, _type_severity, _type_rule, _type_message, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):
 def __init__(self,path:_type_path,line:_type_line,column:_type_column,severity:_type_severity,rule:_type_rule,message:_type_message,hint:_type_hint=_dflt_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__

CODE['6abb90bafac040296af3bf663500b7ab'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('speakers','rounds','topics','categories','since','until','as_of','verified_only','ids',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['6ad1baf730042f6f70105405530afc16'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(before={self.before!r}, after={self.after!r}, as_of={self.as_of!r}, records={self.records!r}, moves={self.moves!r}, status={self.status!r})"
 return __repr__

CODE['6b32f2e38b7a1a7fdffca4f632cc3c7b'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kept','shadowed','left_out',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['6b435df3445ed2cb949a22d0394faca9'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x0','x1','y0','y1','lo','hi','periods',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['6be555deef5cb1caebdfac27bf08be88'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','label','doc','weight','tone_min','tone_max',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['6bf44094ea834adb4359882709ff4ae2'] = __create_fn__.__code__


def __create_fn__(_type_main_track, _type_recent_days, _type_briefing_days, _type_stale_days, _type_deadline_days, _type_measurement_stale_days, _type_timezone, _type_context_topics, _type_citation_style, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_main_track, _dflt_recent_days, _dflt_briefing_days, _dflt_stale_days, _dflt_deadline_days, _dflt_measurement_stale_days, _dflt_timezone, _dflt_context_topics, _dflt_citation_style, _return_type):
 def __init__(self,main_track:_type_main_track=_dflt_main_track,recent_days:_type_recent_days=_dflt_recent_days,briefing_days:_type_briefing_days=_dflt_briefing_days,stale_days:_type_stale_days=_dflt_stale_days,deadline_days:_type_deadline_days=_dflt_deadline_days,measurement_stale_days:_type_measurement_stale_days=_dflt_measurement_stale_days,timezone:_type_timezone=_dflt_timezone,context_topics:_type_context_topics=_dflt_context_topics,citation_style:_type_citation_style=_dflt_citation_style)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'main_track',main_track)
  __dataclass_builtins_object__.__setattr__(self,'recent_days',recent_days)
  __dataclass_builtins_object__.__setattr__(self,'briefing_days',briefing_days)
  __dataclass_builtins_object__.__setattr__(self,'stale_days',stale_days)
  __dataclass_builtins_object__.__setattr__(self,'deadline_days',deadline_days)
  __dataclass_builtins_object__.__setattr__(self,'measurement_stale_days',measurement_stale_days)
  __dataclass_builtins_object__.__setattr__(self,'timezone',timezone)
  __dataclass_builtins_object__.__setattr__(self,'context_topics',context_topics)
  __dataclass_builtins_object__.__setattr__(self,'citation_style',citation_style)
 return __init__

CODE['6c94b0575bef5954036020a6b8275734'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(store={self.store!r})"
 return __repr__

CODE['6c996a9731d6725470fe7a36be8110c5'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.values,))
 return __hash__

CODE['6cc222ff727d06e6ce630e5af8b29e61'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(new={self.new!r}, order={self.order!r}, disk={self.disk!r}, identities={self.identities!r}, shown={self.shown!r})"
 return __repr__

CODE['6d129750591a27904911252c7ca6077d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','layout','mode',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['6d46c27cd39eb5bdf26634f7030bec1c'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.stale_days,self.deadline_days,self.quotes,self.trend_weeks,)==(other.stale_days,other.deadline_days,other.quotes,other.trend_weeks,)
  return NotImplemented
 return __eq__

CODE['6d5c0854afb0a7e6bb4220d39e90114d'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.name,self.x,self.row,)==(other.index,other.name,other.x,other.row,)
  return NotImplemented
 return __eq__

CODE['6dd10babe8dff441f9438fc98af44248'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('quote','score',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['6ebf289d6b1841cdc4011dab93e854e3'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.as_of,self.since,self.until,self.events,self.statements_included,self.about,))
 return __hash__

CODE['6efd37285b6df1cfc84fbcf14ff02a01'] = __create_fn__.__code__


def __create_fn__(_type_track, _type_id, _type_title, _type_entries, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,track:_type_track,id:_type_id,title:_type_title,entries:_type_entries)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'entries',entries)
 return __init__

CODE['6f0323f82d5231c1e85736c438e29954'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.node,)==(other.node,)
  return NotImplemented
 return __eq__

CODE['6f3fe35dfb8b2fa720ab14439f83b5aa'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(date={self.date!r}, days={self.days!r}, kind={self.kind!r}, title={self.title!r}, record={self.record!r}, track={self.track!r})"
 return __repr__

CODE['6f8bcf96d5aabdcca3f41b778acab219'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.as_of,self.track,self.window,self.options,self.status,self.headline,self.other_tracks,self.news,self.sticking_points,self.statements,self.quotes,self.trends,self.upcoming,self.alerts,self.origin,self.errors,self.tracks,self.subject,self.citation_style,self.about,)==(other.as_of,other.track,other.window,other.options,other.status,other.headline,other.other_tracks,other.news,other.sticking_points,other.statements,other.quotes,other.trends,other.upcoming,other.alerts,other.origin,other.errors,other.tracks,other.subject,other.citation_style,other.about,)
  return NotImplemented
 return __eq__

CODE['6fb97864b94e63bba2cf72a23c740f03'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('first_day','precision','speaker','category','count','coded','tone_sum',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['7000c2ee6c69a12985a5df7040937865'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','speaker','date','text','role','on_behalf_of','original','occasion','context','round','round_relation','topics','category','tone','verified','documents','date_note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['705a05cf0eff10fb1b5e957b2206f05e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.dataset,self.problems,self.root,))
 return __hash__

CODE['706f9764ac4520b9005cdcf36b64cb4e'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','comments',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['7116b239bbf512a48229e2bd4fab7421'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_origin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,origin:_type_origin)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
 return __init__

CODE['713b40a96a9e2de5a64abcf77f459157'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.title,self.parties,self.mediator,self.phases,))
 return __hash__

CODE['71414f9602a999f488571ffca173817c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.track,self.id,self.title,self.before,self.after,self.round,))
 return __hash__

CODE['7168ce3e91eb48dc0fc797326b1ffd39'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('measurement','milestone','series','age_days','stale',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['716a3e62429e27a30e988e46b9cc7f43'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dataset,self.problems,self.refs,)==(other.dataset,other.problems,other.refs,)
  return NotImplemented
 return __eq__

CODE['71f3a7cdbac51de22b66ab645badc496'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','option','label','is_date','choices',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['72a71ce4dc77c82b7e39b19adc89da0b'] = __create_fn__.__code__


def __create_fn__(_type_rank, _type_value_type, _type_key_style, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rank:_type_rank,value_type:_type_value_type,key_style:_type_key_style)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rank',rank)
  __dataclass_builtins_object__.__setattr__(self,'value_type',value_type)
  __dataclass_builtins_object__.__setattr__(self,'key_style',key_style)
 return __init__

CODE['72c16281201a4e8830a7fc780619a0dd'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kept,self.shadowed,self.left_out,)==(other.kept,other.shadowed,other.left_out,)
  return NotImplemented
 return __eq__

CODE['7327cb2b7924839ca22492b22bf801aa'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','disposition','superseded_by','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['733345a75eca80c633b662e1ccbf1d0f'] = __create_fn__.__code__


def __create_fn__(_type_index, _type_name, _type_x, _type_row, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,index:_type_index,name:_type_name,x:_type_x,row:_type_row)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
 return __init__

CODE['733f18ff8b4f51c9b4303bf24e04976d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','status','since','round','note','on_table','disposition','superseded_by','former_titles',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['73766276f666ed70702bf06fac21e18a'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(actors={self.actors!r}, tracks={self.tracks!r}, rounds={self.rounds!r}, statements={self.statements!r}, milestones={self.milestones!r}, documents={self.documents!r}, files={self.files!r}, config={self.config!r})"
 return __repr__

CODE['73b89297bcf6ea16c568aa23a90143c0'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.data_sha256,self.commit,self.dirty,))
 return __hash__

CODE['73cfbfacf8f0c8426f0e6830bfac1be0'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('roots','layout_root','wanted',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['73ffe62d50fdd50e2a4e91a499416a38'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, option={self.option!r}, parameters={self.parameters!r}, read={self.read!r})"
 return __repr__

CODE['745109d79cb63be0d56fc9f0d1514d83'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(speakers={self.speakers!r}, rounds={self.rounds!r}, topics={self.topics!r}, categories={self.categories!r}, since={self.since!r}, until={self.until!r}, as_of={self.as_of!r}, verified_only={self.verified_only!r}, ids={self.ids!r})"
 return __repr__

CODE['74534333cb2fefe60f2ce4bff76eb1af'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.field,self.columns,self.cells,self.foreign_keys,self.indexes,))
 return __hash__

CODE['7498fa4b2e03a015eadff81af2dd2b56'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.disposition,self.superseded_by,self.note,)==(other.id,other.disposition,other.superseded_by,other.note,)
  return NotImplemented
 return __eq__

CODE['7587b229f5501ece70dcb9106d889523'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dataset,self.errors,self.source,self.index,)==(other.dataset,other.errors,other.source,other.index,)
  return NotImplemented
 return __eq__

CODE['7616bba6bad6adc0d6e4d0ca7a4703d2'] = __create_fn__.__code__


def __create_fn__(_type_primary, _type_wire, _type_outlet, _type_aggregator, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_primary, _dflt_wire, _dflt_outlet, _dflt_aggregator, _return_type):
 def __init__(self,primary:_type_primary=_dflt_primary,wire:_type_wire=_dflt_wire,outlet:_type_outlet=_dflt_outlet,aggregator:_type_aggregator=_dflt_aggregator)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'primary',primary)
  __dataclass_builtins_object__.__setattr__(self,'wire',wire)
  __dataclass_builtins_object__.__setattr__(self,'outlet',outlet)
  __dataclass_builtins_object__.__setattr__(self,'aggregator',aggregator)
 return __init__

CODE['7630bf1b43a771862e0013125e263e56'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','style','was_plain','tag',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['764890c288e58fd7210f2d81fec36ce7'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.disposition,self.superseded_by,self.note,))
 return __hash__

CODE['765c9bf024864e8c1509d2ec9245cb1b'] = __create_fn__.__code__


def __create_fn__(_type_as_of, _type_data_sha256, _type_commit, _type_dirty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_commit, _dflt_dirty, _return_type):
 def __init__(self,as_of:_type_as_of,data_sha256:_type_data_sha256,commit:_type_commit=_dflt_commit,dirty:_type_dirty=_dflt_dirty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'data_sha256',data_sha256)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'dirty',dirty)
 return __init__

CODE['7682c9ab4957c53dd85c59b61ef7508a'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.main_track,self.recent_days,self.briefing_days,self.stale_days,self.deadline_days,self.measurement_stale_days,self.timezone,self.context_topics,self.citation_style,))
 return __hash__

CODE['76ac1d9e9f12f80c9dd13415f02cc98c'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_result, _type_actors, _type__json, _type__text, _type__markdown, _type__rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,result:_type_result,actors:_type_actors,_json:_type__json,_text:_type__text,_markdown:_type__markdown,_rows:_type__rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'result',result)
  __dataclass_builtins_object__.__setattr__(self,'actors',actors)
  __dataclass_builtins_object__.__setattr__(self,'_json',_json)
  __dataclass_builtins_object__.__setattr__(self,'_text',_text)
  __dataclass_builtins_object__.__setattr__(self,'_markdown',_markdown)
  __dataclass_builtins_object__.__setattr__(self,'_rows',_rows)
 return __init__

CODE['76d45fd12d471af973da02b5ef783235'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_label, _type_value, _type_colour, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,label:_type_label,value:_type_value,colour:_type_colour)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'colour',colour)
 return __init__

CODE['76d82dd461d3f8b7dccb907c3faaa469'] = __create_fn__.__code__


def __create_fn__(_type_expression, _type_phrases, _type_exclusions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exclusions, _return_type):
 def __init__(self,expression:_type_expression,phrases:_type_phrases,exclusions:_type_exclusions=_dflt_exclusions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expression',expression)
  __dataclass_builtins_object__.__setattr__(self,'phrases',phrases)
  __dataclass_builtins_object__.__setattr__(self,'exclusions',exclusions)
 return __init__

CODE['77107401c1d5f10e01a054419b0f9e15'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.field,self.value,self.within,))
 return __hash__

CODE['780bb445edce60df2bfc513ba61654f6'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','name','party','party_name','statements','unverified','first','last','aliases',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['78162cb5367eca1dbd7c81bba4fd3abb'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(nodes={self.nodes!r})"
 return __repr__

CODE['7819e83ec72ba9f6449df841e88a3460'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.milestone,self.days,))
 return __hash__

CODE['78c32ec45d67080c74873701b2bc3816'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.name,self.kind,self.party,self.aliases,self.roles,))
 return __hash__

CODE['78d0d798e30b121be4326b9a671fbcd1'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('quotes','total','terms','query','sort','about',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['78d662380cc84bd7eb7daccb8fe96dc5'] = __create_fn__.__code__


def __create_fn__(_type_stdout, _type_stderr, _type_environ, _type_cwd, _type_timezone, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stdout, _dflt_stderr, _dflt_environ, _dflt_cwd, _dflt_timezone, _return_type):
 def __init__(self,stdout:_type_stdout=_HAS_DEFAULT_FACTORY,stderr:_type_stderr=_HAS_DEFAULT_FACTORY,environ:_type_environ=_HAS_DEFAULT_FACTORY,cwd:_type_cwd=_HAS_DEFAULT_FACTORY,timezone:_type_timezone=_dflt_timezone)->_return_type:
  self.stdout=_dflt_stdout() if stdout is _HAS_DEFAULT_FACTORY else stdout
  self.stderr=_dflt_stderr() if stderr is _HAS_DEFAULT_FACTORY else stderr
  self.environ=_dflt_environ() if environ is _HAS_DEFAULT_FACTORY else environ
  self.cwd=_dflt_cwd() if cwd is _HAS_DEFAULT_FACTORY else cwd
  self.timezone=timezone
 return __init__

CODE['7925cd0f5fe822b9ec6e48b31be280d2'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','header','footer',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['7934fc13ed724e85d913e83ab4cecc5a'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(round={self.round!r}, state={self.state!r}, day={self.day!r}, pause={self.pause!r})"
 return __repr__

CODE['7936d67af42eb2ab1bbd25d9e5b86b7e'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','values',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['7965e008ed65b903171ef870a5f1929f'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_disposition, _type_superseded_by, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_superseded_by, _dflt_note, _return_type):
 def __init__(self,id:_type_id,disposition:_type_disposition,superseded_by:_type_superseded_by=_dflt_superseded_by,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'disposition',disposition)
  __dataclass_builtins_object__.__setattr__(self,'superseded_by',superseded_by)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

CODE['7999758debdea063f5c275383a1b2550'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.records,self.problems,self.refs,)==(other.path,other.records,other.problems,other.refs,)
  return NotImplemented
 return __eq__

CODE['79cae07a25185912e92b69c3e5d90b69'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(primary={self.primary!r}, wire={self.wire!r}, outlet={self.outlet!r}, aggregator={self.aggregator!r})"
 return __repr__

CODE['7aa38fd5f495ac4fac3cf69c3a001d72'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('stale_days','deadline_days','quotes','trend_weeks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['7afcd8f515b33a5ee79716ace2137291'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, end={self.end!r}, start={self.start!r}, typed={self.typed!r}, commit={self.commit!r}, previous_as_of={self.previous_as_of!r}, note={self.note!r})"
 return __repr__

CODE['7b1395b0c69396556d12ab64a728134c'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.party,self.recent_mean,self.recent_n,self.previous_mean,self.previous_n,)==(other.party,other.recent_mean,other.recent_n,other.previous_mean,other.previous_n,)
  return NotImplemented
 return __eq__

CODE['7ba906a4feefa7a611aa84a0c78c74e4'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.as_of,self.track,self.tracks,self.latest_statements,self.context_statements,self.recent_milestones,self.upcoming,self.measurements,self.tone,self.basis,self.recent_days,self.documents,self.last_record,self.about,))
 return __hash__

CODE['7bf08cd86c8f23c222939b5bd4af260c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.line,self.text,self.whole_line,))
 return __hash__

CODE['7c70d985ce9fa317727595c32de22c76'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_sources, _type_confidence, _type_confidence_note, _type_note, _type_path, _type_line, _type_column, _type_where, _type_date, _type_kind, _type_title, _type_end, _type_announced, _type_parties, _type_location, _type_summary, _type_measurements, _type_vote, _type_documents, _type_date_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_confidence, _dflt_confidence_note, _dflt_note, _dflt_path, _dflt_line, _dflt_column, _dflt_where, _dflt_end, _dflt_announced, _dflt_parties, _dflt_location, _dflt_summary, _dflt_measurements, _dflt_vote, _dflt_documents, _dflt_date_note, _return_type):
 def __init__(self,*,id:_type_id,sources:_type_sources=_dflt_sources,confidence:_type_confidence=_dflt_confidence,confidence_note:_type_confidence_note=_dflt_confidence_note,note:_type_note=_dflt_note,path:_type_path=_dflt_path,line:_type_line=_dflt_line,column:_type_column=_dflt_column,where:_type_where=_HAS_DEFAULT_FACTORY,date:_type_date,kind:_type_kind,title:_type_title,end:_type_end=_dflt_end,announced:_type_announced=_dflt_announced,parties:_type_parties=_dflt_parties,location:_type_location=_dflt_location,summary:_type_summary=_dflt_summary,measurements:_type_measurements=_dflt_measurements,vote:_type_vote=_dflt_vote,documents:_type_documents=_dflt_documents,date_note:_type_date_note=_dflt_date_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'confidence_note',confidence_note)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'announced',announced)
  __dataclass_builtins_object__.__setattr__(self,'parties',parties)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'measurements',measurements)
  __dataclass_builtins_object__.__setattr__(self,'vote',vote)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'date_note',date_note)
 return __init__

CODE['7ce4ee1197cc295267e072fc2883afc4'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.label,self.doc,self.weight,self.tone_min,self.tone_max,))
 return __hash__

CODE['7d30100268d23cb94e5203efcda03a0b'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expression,self.phrases,self.exclusions,)==(other.expression,other.phrases,other.exclusions,)
  return NotImplemented
 return __eq__

CODE['7d51cf800a8a9ccb6490e185eb4d6000'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','value','within','order_by',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['7d5661d156633d17b487c84af90412f1'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','config','order','new','versions',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['7e103ccfa1ffc2e86d3841ec8051908c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kept,self.shadowed,self.left_out,))
 return __hash__

CODE['7e7c50c572e0c32dd430a57e8516e2a0'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.roots,self.layout_root,self.wanted,))
 return __hash__

CODE['7f66a88b14201273a7b28c9fac879ff9'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.connection,self.root,self.location,self.reread,self.removed,self.stored_order,self.prefix,self.memo,self.indexes_pending,)==(other.connection,other.root,other.location,other.reread,other.removed,other.stored_order,other.prefix,other.memo,other.indexes_pending,)
  return NotImplemented
 return __eq__

CODE['7f7ea78797b48ccf50c6cdca430b14fd'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.type,self.doc,self.required,self.missing_rule,))
 return __hash__

CODE['7faa4e8817010c992bf10b0f0f3257e4'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.typed,self.commit,)==(other.typed,other.commit,)
  return NotImplemented
 return __eq__

CODE['8110033c830a1de09e6f944bd1e5ea5f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('dataset','track','full','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['814a3dc902525d9a33684db9317bca58'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, sources={self.sources!r}, confidence={self.confidence!r}, confidence_note={self.confidence_note!r}, note={self.note!r}, path={self.path!r}, line={self.line!r}, column={self.column!r}, kind={self.kind!r}, name={self.name!r}, aliases={self.aliases!r}, party={self.party!r}, roles={self.roles!r}, members={self.members!r})"
 return __repr__

CODE['81c4b9343166a5d309708eae165e3b58'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, old_path={self.old_path!r}, new_path={self.new_path!r})"
 return __repr__

CODE['81cc48a6717338a7daffcabf9d5805d3'] = __create_fn__.__code__


def __create_fn__(_type_field, _type_value, _type_within, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_within, _return_type):
 def __init__(self,field:_type_field,value:_type_value,within:_type_within=_dflt_within)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'within',within)
 return __init__

CODE['81d386c4688db642fa2a4f80661fe0fa'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('party','recent_mean','recent_n','previous_mean','previous_n',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['81d8af8766a0d5c419749865506b49b8'] = __create_fn__.__code__


def __create_fn__(_type_field, _type_value, _type_within, _type_order_by, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_within, _dflt_order_by, _return_type):
 def __init__(self,field:_type_field,value:_type_value,within:_type_within=_dflt_within,order_by:_type_order_by=_dflt_order_by)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'within',within)
  __dataclass_builtins_object__.__setattr__(self,'order_by',order_by)
 return __init__

CODE['820316ba66357c37aafcdd5987862c0c'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,)==(other.id,other.sources,other.confidence,other.confidence_note,other.note,other.path,other.line,other.column,)
  return NotImplemented
 return __eq__

CODE['82960a9f1dedfdf639ef65ec72b0ed2a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('before','after','as_of','records','moves','status',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['8314d55b994dee49f59fb1da8edd5f22'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.unit,)==(other.title,other.unit,)
  return NotImplemented
 return __eq__

CODE['832197803ea519774b6c6b24bb1d9254'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('total','by_party','unverified','low_confidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['8327d344d7de2d808ccbc1c75351e81f'] = __create_fn__.__code__


def __create_fn__(_type_conditions, _type_params, _type_topics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_conditions, _dflt_params, _dflt_topics, _return_type):
 def __init__(self,conditions:_type_conditions=_dflt_conditions,params:_type_params=_dflt_params,topics:_type_topics=_dflt_topics)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'conditions',conditions)
  __dataclass_builtins_object__.__setattr__(self,'params',params)
  __dataclass_builtins_object__.__setattr__(self,'topics',topics)
 return __init__

CODE['837de9a237030220df1c8aa5b6598551'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('date','phase','note','sources',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['83d0f49576b3992b78e743eec5b4f200'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rounds,self.tracks,self.tiers,self.source,self.every_speaker,self.looked_up,)==(other.rounds,other.tracks,other.tiers,other.source,other.every_speaker,other.looked_up,)
  return NotImplemented
 return __eq__

CODE['83e95a43d1e67f81f0e6e05493276c5f'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,))
 return __hash__

CODE['8422cfa097d074eb8992131224463728'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.label,self.note,)==(other.start,other.end,other.label,other.note,)
  return NotImplemented
 return __eq__

CODE['8548b71d2ec02302ada2c491f0f84edd'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','date','kind','title','end','announced','parties','location','summary','measurements','vote','documents','date_note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['85784bd933dbb8d1d33d509a321d6e0f'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.status,self.note,self.raised_by,)==(other.id,other.title,other.status,other.note,other.raised_by,)
  return NotImplemented
 return __eq__

CODE['858360a8ffbb5d562551764053b6af65'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('tokens','prefix','exact',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['858f9b1647088a2da64d7a7ab9e0f300'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','svg','caption','headers','rows',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['85b35febcdbf68d99a0730ecbf34323a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('columns','table','target',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['85b7c4d6bc3f017716ea70d76f9a38bf'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.root,self.config,self.order,self.new,self.versions,))
 return __hash__

CODE['85b81f8242a4960bf2b85fa18000ac9e'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('as_of','track','tracks','latest_statements','context_statements','recent_milestones','upcoming','measurements','tone','basis','recent_days','documents','last_record','about',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['85bdc52829d79f5920a5697e06d33999'] = __create_fn__.__code__


def __create_fn__(_type_start, _type_end, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  self.__post_init__()
 return __init__

CODE['85cd538686858f773516035ec9a3724c'] = __create_fn__.__code__


def __create_fn__(_type_field, _type_option, _type_label, _type_is_date, _type_choices, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_is_date, _dflt_choices, _return_type):
 def __init__(self,field:_type_field,option:_type_option,label:_type_label,is_date:_type_is_date=_dflt_is_date,choices:_type_choices=_dflt_choices)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'option',option)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'is_date',is_date)
  __dataclass_builtins_object__.__setattr__(self,'choices',choices)
 return __init__

CODE['85f9fdb169424a104994d28792dc730a'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.kind,self.name,self.aliases,self.party,self.roles,self.members,)==(other.id,other.sources,other.confidence,other.confidence_note,other.note,other.path,other.line,other.column,other.kind,other.name,other.aliases,other.party,other.roles,other.members,)
  return NotImplemented
 return __eq__

CODE['86a7fd21c2bb579479816e8e8c5b98c6'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','label','doc','deadline','settled',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['86ff006c4dd213942830386864dc23ed'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(items={self.items!r}, tag={self.tag!r})"
 return __repr__

CODE['871382e2327d604e0ac04d086d07c058'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.track,self.id,self.title,self.entries,)==(other.track,other.id,other.title,other.entries,)
  return NotImplemented
 return __eq__

CODE['87c8fe18af7771b5d6675f8dd185682b'] = __create_fn__.__code__


def __create_fn__(_type_quote, _type_score, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,quote:_type_quote,score:_type_score)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'quote',quote)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
 return __init__

CODE['8907c4bcbb4f9aa65bd5763ee6892d2f'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, sources={self.sources!r}, confidence={self.confidence!r}, confidence_note={self.confidence_note!r}, note={self.note!r}, path={self.path!r}, line={self.line!r}, column={self.column!r}, date={self.date!r}, kind={self.kind!r}, title={self.title!r}, end={self.end!r}, announced={self.announced!r}, parties={self.parties!r}, location={self.location!r}, summary={self.summary!r}, measurements={self.measurements!r}, vote={self.vote!r}, documents={self.documents!r}, date_note={self.date_note!r})"
 return __repr__

CODE['8981141a769a905869175af910bc4b6e'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_date, _type_title, _type_record, _type_track, _type_subkind, _type_change, _type_fields, _type_uncertain, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_track, _dflt_subkind, _dflt_change, _dflt_fields, _dflt_uncertain, _dflt_end, _return_type):
 def __init__(self,kind:_type_kind,date:_type_date,title:_type_title,record:_type_record,track:_type_track=_dflt_track,subkind:_type_subkind=_dflt_subkind,change:_type_change=_dflt_change,fields:_type_fields=_dflt_fields,uncertain:_type_uncertain=_dflt_uncertain,end:_type_end=_dflt_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'record',record)
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'subkind',subkind)
  __dataclass_builtins_object__.__setattr__(self,'change',change)
  __dataclass_builtins_object__.__setattr__(self,'fields',fields)
  __dataclass_builtins_object__.__setattr__(self,'uncertain',uncertain)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__

CODE['899229758806b0a9a97fffecb6d99f19'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, party={self.party!r}, party_name={self.party_name!r}, statements={self.statements!r}, unverified={self.unverified!r}, first={self.first!r}, last={self.last!r}, aliases={self.aliases!r})"
 return __repr__

CODE['89b99702a821edd56e2fc75592913971'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('parameter_info','annotation','convert','descriptor',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['8a63a42ae1603ffc19416761a2b9babb'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.short_name,self.data,self.as_of,self.today,self.newest,self.newest_id,self.last_commit,)==(other.title,other.short_name,other.data,other.as_of,other.today,other.newest,other.newest_id,other.last_commit,)
  return NotImplemented
 return __eq__

CODE['8b73e3a683d1c5346cbb7b4b484c9616'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.milestone_kinds,self.categories,self.occasions,self.sticking_point_statuses,self.topics,self.document_kinds,)==(other.milestone_kinds,other.categories,other.occasions,other.sticking_point_statuses,other.topics,other.document_kinds,)
  return NotImplemented
 return __eq__

CODE['8b95be4e0c33ecd5cb34a301e45e7585'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.ident,self.title,self.summary,self.updated,self.published,))
 return __hash__

CODE['8be2431c367631d2016f6aab7b21bf72'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, kind={self.kind!r}, party={self.party!r}, aliases={self.aliases!r}, roles={self.roles!r})"
 return __repr__

CODE['8d042503e9a278d592125f5182ec6066'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.as_of,self.track,self.tracks,self.latest_statements,self.context_statements,self.recent_milestones,self.upcoming,self.measurements,self.tone,self.basis,self.recent_days,self.documents,self.last_record,self.about,)==(other.as_of,other.track,other.tracks,other.latest_statements,other.context_statements,other.recent_milestones,other.upcoming,other.measurements,other.tone,other.basis,other.recent_days,other.documents,other.last_record,other.about,)
  return NotImplemented
 return __eq__

CODE['8d89f069e1bc4a9b948fd8e2b0cd7a5e'] = __create_fn__.__code__


def __create_fn__(_type_title, _type_svg, _type_caption, _type_headers, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,svg:_type_svg,caption:_type_caption,headers:_type_headers,rows:_type_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'svg',svg)
  __dataclass_builtins_object__.__setattr__(self,'caption',caption)
  __dataclass_builtins_object__.__setattr__(self,'headers',headers)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
 return __init__

CODE['8e6d0dbdeaa265795a6f22d60c072349'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, value={self.value!r}, comments={self.comments!r})"
 return __repr__

CODE['8e70b2f844abdeed2f4313dc6582789d'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.text,)==(other.start,other.end,other.text,)
  return NotImplemented
 return __eq__

CODE['8ebe7e3fc742989c87431f1edae452fc'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_label, _type_doc, _type_deadline, _type_settled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label, _dflt_doc, _dflt_deadline, _dflt_settled, _return_type):
 def __init__(self,id:_type_id,label:_type_label=_dflt_label,doc:_type_doc=_dflt_doc,deadline:_type_deadline=_dflt_deadline,settled:_type_settled=_dflt_settled)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)
  __dataclass_builtins_object__.__setattr__(self,'settled',settled)
 return __init__

CODE['8efe6d3f957a1ce45ee758744f0a25e2'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.node,))
 return __hash__

CODE['8f624ba946607b2b2702bb1bc4805afc'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.date,self.days,self.kind,self.title,self.record,self.track,)==(other.date,other.days,other.kind,other.title,other.record,other.track,)
  return NotImplemented
 return __eq__

CODE['8fa1248d692e5679e15a29b121623ef7'] = __create_fn__.__code__


def __create_fn__(_type_dataset, _type_identity, _type_as_of, _type_said, _type_actors, _type_tracks, _type_rounds, _type_milestones, _type_rounds_of, _type_points, _type_party_of, _type_delegate_in, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_actors, _dflt_tracks, _dflt_rounds, _dflt_milestones, _dflt_rounds_of, _dflt_points, _dflt_party_of, _dflt_delegate_in, _return_type):
 def __init__(self,dataset:_type_dataset,identity:_type_identity,as_of:_type_as_of,said:_type_said,actors:_type_actors=_HAS_DEFAULT_FACTORY,tracks:_type_tracks=_HAS_DEFAULT_FACTORY,rounds:_type_rounds=_HAS_DEFAULT_FACTORY,milestones:_type_milestones=_HAS_DEFAULT_FACTORY,rounds_of:_type_rounds_of=_HAS_DEFAULT_FACTORY,points:_type_points=_HAS_DEFAULT_FACTORY,party_of:_type_party_of=_HAS_DEFAULT_FACTORY,delegate_in:_type_delegate_in=_HAS_DEFAULT_FACTORY)->_return_type:
  self.dataset=dataset
  self.identity=identity
  self.as_of=as_of
  self.said=said
  self.actors=_dflt_actors() if actors is _HAS_DEFAULT_FACTORY else actors
  self.tracks=_dflt_tracks() if tracks is _HAS_DEFAULT_FACTORY else tracks
  self.rounds=_dflt_rounds() if rounds is _HAS_DEFAULT_FACTORY else rounds
  self.milestones=_dflt_milestones() if milestones is _HAS_DEFAULT_FACTORY else milestones
  self.rounds_of=_dflt_rounds_of() if rounds_of is _HAS_DEFAULT_FACTORY else rounds_of
  self.points=_dflt_points() if points is _HAS_DEFAULT_FACTORY else points
  self.party_of=_dflt_party_of() if party_of is _HAS_DEFAULT_FACTORY else party_of
  self.delegate_in=_dflt_delegate_in() if delegate_in is _HAS_DEFAULT_FACTORY else delegate_in
 return __init__

CODE['8fbcc189bc8565c9b1eda033bb367ff5'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('milestone','days',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['8fbcfa88f11a1bec349e980cb9563468'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.commit,self.files,self.records,self.errors,)==(other.label,other.commit,other.files,other.records,other.errors,)
  return NotImplemented
 return __eq__

CODE['90090adfc6480babfe1431c48efd3e56'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.date,self.end,self.kind,self.subkind,self.title,self.record,self.track,self.parties,self.uncertain,)==(other.date,other.end,other.kind,other.subkind,other.title,other.record,other.track,other.parties,other.uncertain,)
  return NotImplemented
 return __eq__

CODE['905c68508966901143afc5869f410eee'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rank','value_type','key_style',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['905cddc98183bce04fba4af669a9a8f7'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.record_id,self.path,self.shown,self.before,self.after,self.changes,self.errors,self.warnings,)==(other.kind,other.record_id,other.path,other.shown,other.before,other.after,other.changes,other.errors,other.warnings,)
  return NotImplemented
 return __eq__

CODE['907fd43f142943322a024fbd59687638'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x0','x1','y0','y1','lo','hi','periods',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['90b31d26294601786e914412c41bb50f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('nodes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['91413232f27d0b5629625b15082fe9dd'] = __create_fn__.__code__


def __create_fn__(_type_before, _type_after, _type_as_of, _type_records, _type_moves, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,before:_type_before,after:_type_after,as_of:_type_as_of,records:_type_records,moves:_type_moves,status:_type_status)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'records',records)
  __dataclass_builtins_object__.__setattr__(self,'moves',moves)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
 return __init__

CODE['91901064dc241ec2d9e7edbaa17d4cc6'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_build, _type_fields, _type_doc, _type_by_name, _type_required, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doc, _return_type):
 def __init__(self,name:_type_name,build:_type_build,fields:_type_fields,doc:_type_doc=_dflt_doc)->_return_type:
  self.name=name
  self.build=build
  self.fields=fields
  self.doc=doc
  self.__post_init__()
 return __init__

CODE['921f68104206903acbff07d7f6f0c470'] = __create_fn__.__code__


def __create_fn__(_type_field, _type_columns, _type_cells, _type_foreign_keys, _type_indexes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_foreign_keys, _dflt_indexes, _return_type):
 def __init__(self,field:_type_field,columns:_type_columns,cells:_type_cells,foreign_keys:_type_foreign_keys=_dflt_foreign_keys,indexes:_type_indexes=_dflt_indexes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'foreign_keys',foreign_keys)
  __dataclass_builtins_object__.__setattr__(self,'indexes',indexes)
 return __init__

CODE['92b4542d1aa6718bb593bfbd6d969e6f'] = __create_fn__.__code__


def __create_fn__(_type_roots, _type_layout_root, _type_wanted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,roots:_type_roots,layout_root:_type_layout_root,wanted:_type_wanted)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'roots',roots)
  __dataclass_builtins_object__.__setattr__(self,'layout_root',layout_root)
  __dataclass_builtins_object__.__setattr__(self,'wanted',wanted)
 return __init__

CODE['92f943a97ecb574f5d2a174d58fc7c16'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','match',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['933f8449a02d403a9126004dfd84078e'] = __create_fn__.__code__


def __create_fn__(_type_round, _type_state, _type_day, _type_pause, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_day, _dflt_pause, _return_type):
 def __init__(self,round:_type_round,state:_type_state,day:_type_day=_dflt_day,pause:_type_pause=_dflt_pause)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'round',round)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'pause',pause)
 return __init__

CODE['9397a07e2171e7c64df74de24d69fcc8'] = __create_fn__.__code__


def __create_fn__(_type_speakers, _type_rounds, _type_topics, _type_categories, _type_since, _type_until, _type_as_of, _type_verified_only, _type_ids, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_speakers, _dflt_rounds, _dflt_topics, _dflt_categories, _dflt_since, _dflt_until, _dflt_as_of, _dflt_verified_only, _dflt_ids, _return_type):
 def __init__(self,speakers:_type_speakers=_dflt_speakers,rounds:_type_rounds=_dflt_rounds,topics:_type_topics=_dflt_topics,categories:_type_categories=_dflt_categories,since:_type_since=_dflt_since,until:_type_until=_dflt_until,as_of:_type_as_of=_dflt_as_of,verified_only:_type_verified_only=_dflt_verified_only,ids:_type_ids=_dflt_ids)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'speakers',speakers)
  __dataclass_builtins_object__.__setattr__(self,'rounds',rounds)
  __dataclass_builtins_object__.__setattr__(self,'topics',topics)
  __dataclass_builtins_object__.__setattr__(self,'categories',categories)
  __dataclass_builtins_object__.__setattr__(self,'since',since)
  __dataclass_builtins_object__.__setattr__(self,'until',until)
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'verified_only',verified_only)
  __dataclass_builtins_object__.__setattr__(self,'ids',ids)
 return __init__

CODE['93dddbdea1efdb25ad670974dfc8b104'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('roots','layout_root','wanted',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['93f8f97747adfb02e82aad1fec35a652'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.prefix,self.data_dir,self.environ,)==(other.root,other.prefix,other.data_dir,other.environ,)
  return NotImplemented
 return __eq__

CODE['9450bce5e1be5f19843988619339f85c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.field,self.value,self.within,self.order_by,))
 return __hash__

CODE['946c35b81446d7f31582479f829b2b3d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','short_name','description','vocabulary','series','defaults','source_tiers','path','where','_by_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['94b70e9ee32f90be96b07d6c46f9371d'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(problems={self.problems!r}, files={self.files!r}, records={self.records!r})"
 return __repr__

CODE['950877841839397b3ae522479b073034'] = __create_fn__.__code__


def __create_fn__(_type_typed, _type_commit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,typed:_type_typed,commit:_type_commit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'typed',typed)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
 return __init__

CODE['95e95b565bb7cd38a6e2e16176062ca4'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.start,self.end,self.rounds,self.session_days,self.gaps,self.statements,self.coded,self.tone_sum,self.categories,self.sticking,self.milestones,self.measurements,self.imprecise,)==(other.label,other.start,other.end,other.rounds,other.session_days,other.gaps,other.statements,other.coded,other.tone_sum,other.categories,other.sticking,other.milestones,other.measurements,other.imprecise,)
  return NotImplemented
 return __eq__

CODE['968dc4b09b8945dff84087faba75826d'] = __create_fn__.__code__


def __create_fn__(_type_dataset, _type_errors, _type_source, _type_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,dataset:_type_dataset,errors:_type_errors,source:_type_source,index:_type_index)->_return_type:
  self.dataset=dataset
  self.errors=errors
  self.source=source
  self.index=index
 return __init__

CODE['9697d1f7e7cf92e939fd222cb08ebd3e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.x0,self.x1,self.y0,self.y1,self.lo,self.hi,self.periods,))
 return __hash__

CODE['969a05d642cf04a3ab2b79d79f5d2ae7'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.year,self.month,self.day,self.at,)==(other.year,other.month,other.day,other.at,)
  return NotImplemented
 return __eq__

CODE['96bab7ddacb7b3e7ca08be2007af3656'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('round','state','day','pause',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['97502ee03e76449d17f80377ca35e099'] = __create_fn__.__code__


def __create_fn__(_type_before, _type_after, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_after, _return_type):
 def __init__(self,before:_type_before=_dflt_before,after:_type_after=_dflt_after)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
 return __init__

CODE['98055c40ffa393f9770b82696f3749be'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(stale_days={self.stale_days!r}, deadline_days={self.deadline_days!r}, quotes={self.quotes!r}, trend_weeks={self.trend_weeks!r})"
 return __repr__

CODE['9893039177e1644e88e8dd780eb3829a'] = __create_fn__.__code__


def __create_fn__(_type_title, _type_short_name, _type_description, _type_vocabulary, _type_series, _type_defaults, _type_source_tiers, _type_path, _type_where, _type__by_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_short_name, _dflt_description, _dflt_vocabulary, _dflt_series, _dflt_defaults, _dflt_source_tiers, _dflt_path, _dflt_where, _dflt__by_id, _return_type):
 def __init__(self,title:_type_title=_dflt_title,short_name:_type_short_name=_dflt_short_name,description:_type_description=_dflt_description,vocabulary:_type_vocabulary=_HAS_DEFAULT_FACTORY,series:_type_series=_dflt_series,defaults:_type_defaults=_HAS_DEFAULT_FACTORY,source_tiers:_type_source_tiers=_HAS_DEFAULT_FACTORY,path:_type_path=_dflt_path,where:_type_where=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'short_name',short_name)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'vocabulary',_dflt_vocabulary() if vocabulary is _HAS_DEFAULT_FACTORY else vocabulary)
  __dataclass_builtins_object__.__setattr__(self,'series',series)
  __dataclass_builtins_object__.__setattr__(self,'defaults',_dflt_defaults() if defaults is _HAS_DEFAULT_FACTORY else defaults)
  __dataclass_builtins_object__.__setattr__(self,'source_tiers',_dflt_source_tiers() if source_tiers is _HAS_DEFAULT_FACTORY else source_tiers)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'_by_id',_dflt__by_id())
  self.__post_init__()
 return __init__

CODE['98d95ff5e5df455f8eff303fc87677c9'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_record_id, _type_path, _type_shown, _type_before, _type_after, _type_changes, _type_errors, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,record_id:_type_record_id,path:_type_path,shown:_type_shown,before:_type_before,after:_type_after,changes:_type_changes,errors:_type_errors,warnings:_type_warnings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'record_id',record_id)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
  __dataclass_builtins_object__.__setattr__(self,'changes',changes)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
 return __init__

CODE['991e20b3d6d819de0a88fe83cf08e03d'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, sources={self.sources!r}, confidence={self.confidence!r}, confidence_note={self.confidence_note!r}, note={self.note!r}, path={self.path!r}, line={self.line!r}, column={self.column!r}, speaker={self.speaker!r}, date={self.date!r}, text={self.text!r}, role={self.role!r}, on_behalf_of={self.on_behalf_of!r}, original={self.original!r}, occasion={self.occasion!r}, context={self.context!r}, round={self.round!r}, round_relation={self.round_relation!r}, topics={self.topics!r}, category={self.category!r}, tone={self.tone!r}, verified={self.verified!r}, documents={self.documents!r}, date_note={self.date_note!r})"
 return __repr__

CODE['993041c503fc4d865e9b2324d25e723d'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_type, _type_doc, _type_required, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _return_type):
 def __init__(self,name:_type_name,type:_type_type,doc:_type_doc,required:_type_required=_dflt_required)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
 return __init__

CODE['995fb0a59466876e580e72350a5e72f6'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_sources, _type_confidence, _type_confidence_note, _type_note, _type_path, _type_line, _type_column, _type_where, _type_kind, _type_name, _type_aliases, _type_party, _type_roles, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_confidence, _dflt_confidence_note, _dflt_note, _dflt_path, _dflt_line, _dflt_column, _dflt_where, _dflt_aliases, _dflt_party, _dflt_roles, _dflt_members, _return_type):
 def __init__(self,*,id:_type_id,sources:_type_sources=_dflt_sources,confidence:_type_confidence=_dflt_confidence,confidence_note:_type_confidence_note=_dflt_confidence_note,note:_type_note=_dflt_note,path:_type_path=_dflt_path,line:_type_line=_dflt_line,column:_type_column=_dflt_column,where:_type_where=_HAS_DEFAULT_FACTORY,kind:_type_kind,name:_type_name,aliases:_type_aliases=_dflt_aliases,party:_type_party=_dflt_party,roles:_type_roles=_dflt_roles,members:_type_members=_dflt_members)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'confidence_note',confidence_note)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)
  __dataclass_builtins_object__.__setattr__(self,'party',party)
  __dataclass_builtins_object__.__setattr__(self,'roles',roles)
  __dataclass_builtins_object__.__setattr__(self,'members',members)
 return __init__

CODE['99696f0411ad8b0d0ea69fe84f3a7c7d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rank','value_type','key_style',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['99717ca5b1088df7752f82de7ba7bdad'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('milestone_kinds','categories','occasions','sticking_point_statuses','topics','document_kinds',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['9a9acf0e51263057059323fc1e72db5f'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.text,))
 return __hash__

CODE['9aea483044b6277c06c36d70829400c5'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('as_of','track','window','options','status','headline','other_tracks','news','sticking_points','statements','quotes','trends','upcoming','alerts','origin','errors','tracks','subject','citation_style','about',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['9b34dd149d465f5274f9331824c0d0bc'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.texts,self.context,self.own,self.settled,))
 return __hash__

CODE['9c11ed467d3235a7994aad97e85a2ebb'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('data_sha256','commit','dirty',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['9c180be5501cf662c7fc7b9dfeadc85f'] = __create_fn__.__code__


def __create_fn__(_type_pairs, _type_tag, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tag, _return_type):
 def __init__(self,pairs:_type_pairs,tag:_type_tag=_dflt_tag)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pairs',pairs)
  __dataclass_builtins_object__.__setattr__(self,'tag',tag)
 return __init__

CODE['9c352237d069310ea3a2ed6ab930e9d9'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.name,self.x,self.row,))
 return __hash__

CODE['9c37f1b85c9a9ec2675cd29147fc424e'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(parameter_info={self.parameter_info!r}, annotation={self.annotation!r}, convert={self.convert!r}, descriptor={self.descriptor!r})"
 return __repr__

CODE['9c677a632d08aa39751c7a250b8f7eaa'] = __create_fn__.__code__


def __create_fn__(_type_title, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,unit:_type_unit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
 return __init__

CODE['9cb69e7253eb81ae70df57e28430acf5'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, short_name={self.short_name!r}, data={self.data!r}, as_of={self.as_of!r}, today={self.today!r}, newest={self.newest!r}, newest_id={self.newest_id!r}, last_commit={self.last_commit!r})"
 return __repr__

CODE['9d304b75752522b7348591c23457744c'] = __create_fn__.__code__


def __create_fn__(_type_as_of, _type_track, _type_tracks, _type_latest_statements, _type_context_statements, _type_recent_milestones, _type_upcoming, _type_measurements, _type_tone, _type_basis, _type_recent_days, _type_documents, _type_last_record, _type_about, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_about, _return_type):
 def __init__(self,as_of:_type_as_of,track:_type_track,tracks:_type_tracks,latest_statements:_type_latest_statements,context_statements:_type_context_statements,recent_milestones:_type_recent_milestones,upcoming:_type_upcoming,measurements:_type_measurements,tone:_type_tone,basis:_type_basis,recent_days:_type_recent_days,documents:_type_documents,last_record:_type_last_record,about:_type_about=_dflt_about)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'tracks',tracks)
  __dataclass_builtins_object__.__setattr__(self,'latest_statements',latest_statements)
  __dataclass_builtins_object__.__setattr__(self,'context_statements',context_statements)
  __dataclass_builtins_object__.__setattr__(self,'recent_milestones',recent_milestones)
  __dataclass_builtins_object__.__setattr__(self,'upcoming',upcoming)
  __dataclass_builtins_object__.__setattr__(self,'measurements',measurements)
  __dataclass_builtins_object__.__setattr__(self,'tone',tone)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
  __dataclass_builtins_object__.__setattr__(self,'recent_days',recent_days)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'last_record',last_record)
  __dataclass_builtins_object__.__setattr__(self,'about',about)
 return __init__

CODE['9d91d4e9966ad364b4f05a31819bb659'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.title,self.status,self.since,self.round,self.note,self.on_table,self.disposition,self.superseded_by,self.former_titles,))
 return __hash__

CODE['9dd2373bb2f20a1d631471eec58715f5'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.value,self.within,)==(other.field,other.value,other.within,)
  return NotImplemented
 return __eq__

CODE['9ddec399ea07494650b83b68733b73cf'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('sources','outlets','accessed','confidence','confidence_note','note','dry_run','data_dir_option',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['9ef89bf5e073a1220cf9ba740037bfa1'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.root,self.prefix,self.data_dir,self.environ,))
 return __hash__

CODE['9f99b40504be2145c4616075aa12857e'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','files','bytes','errors','statements','snapshots',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['a06a17ef7a584ec16c849778ec74c9be'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('total','coded','unverified','low_confidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['a0839f5568abf12a0c21949b449e3b9e'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_header, _type_footer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_header, _dflt_footer, _return_type):
 def __init__(self,root:_type_root,header:_type_header=_dflt_header,footer:_type_footer=_dflt_footer)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'header',header)
  __dataclass_builtins_object__.__setattr__(self,'footer',footer)
 return __init__

CODE['a09fab2e55cc99b322964283fdde131f'] = __create_fn__.__code__


def __create_fn__(_type_counts, _type_len, _type_sort_key, _type_id, _type_statement, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,counts:_type_counts,len:_type_len,sort_key:_type_sort_key,id:_type_id,statement:_type_statement)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'counts',counts)
  __dataclass_builtins_object__.__setattr__(self,'len',len)
  __dataclass_builtins_object__.__setattr__(self,'sort_key',sort_key)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'statement',statement)
 return __init__

CODE['a0a05830628befc6cd6e96d4010bf26a'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.date,self.kind,self.title,self.end,self.announced,self.parties,self.location,self.summary,self.measurements,self.vote,self.documents,self.date_note,)==(other.id,other.sources,other.confidence,other.confidence_note,other.note,other.path,other.line,other.column,other.date,other.kind,other.title,other.end,other.announced,other.parties,other.location,other.summary,other.measurements,other.vote,other.documents,other.date_note,)
  return NotImplemented
 return __eq__

CODE['a0c1ec374f72a0df4d10101af9081b03'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('match','exclude','terms','ranked','ranked_exclusions',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['a15b1b9bfa49812f3cb102b4f19a71d6'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.match,self.exclude,self.terms,self.ranked,self.ranked_exclusions,))
 return __hash__

CODE['a17d3afec5bbf7bd178b1450d794e3f8'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','columns','cells','foreign_keys','indexes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['a195f44870a61c349efc7c21a2f54dd7'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('as_of','since','until','events','statements_included','about',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['a22240b49cce9b20e988e415c6bea304'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.items,self.tag,)==(other.items,other.tag,)
  return NotImplemented
 return __eq__

CODE['a40ca8a9ecd92e2654056b5982c19596'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_record_id, _type_path, _type_shown, _type_before, _type_after, _type_snippet, _type_errors, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,record_id:_type_record_id,path:_type_path,shown:_type_shown,before:_type_before,after:_type_after,snippet:_type_snippet,errors:_type_errors,warnings:_type_warnings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'record_id',record_id)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
  __dataclass_builtins_object__.__setattr__(self,'snippet',snippet)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
 return __init__

CODE['a4297040358041001166a2a746c18a5c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('date','days','kind','title','record','track',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['a42acd77e5bcd0b06d1a7231f7409cbf'] = __create_fn__.__code__


def __create_fn__(_type_items, _type_tag, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tag, _return_type):
 def __init__(self,items:_type_items,tag:_type_tag=_dflt_tag)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'tag',tag)
 return __init__

CODE['a4876ee15b198d7bcfcac4eb74f282fd'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.token,self.changed,)==(other.token,other.changed,)
  return NotImplemented
 return __eq__

CODE['a4afe588249aafac5d21ee14c38346f4'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.header,self.footer,self.comments,)==(other.header,other.footer,other.comments,)
  return NotImplemented
 return __eq__

CODE['a4cdf9401b2b524ca67ea2dba74a2987'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('node',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['a4d5be125426b6e938f5b9bdeb503a01'] = __create_fn__.__code__


def __create_fn__(_type_total, _type_coded, _type_unverified, _type_low_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_total, _dflt_coded, _dflt_unverified, _dflt_low_confidence, _return_type):
 def __init__(self,total:_type_total=_dflt_total,coded:_type_coded=_dflt_coded,unverified:_type_unverified=_dflt_unverified,low_confidence:_type_low_confidence=_dflt_low_confidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'total',total)
  __dataclass_builtins_object__.__setattr__(self,'coded',coded)
  __dataclass_builtins_object__.__setattr__(self,'unverified',unverified)
  __dataclass_builtins_object__.__setattr__(self,'low_confidence',low_confidence)
 return __init__

CODE['a4e2bd34d8550b58a8128e05857a0ecc'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','value','within',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['a528358eb397124a7b6284a0a32515f9'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('names','recount',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['a5d9a24b0b539c1bff4e3300cf1bac89'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(party={self.party!r}, statement={self.statement!r}, speaker={self.speaker!r})"
 return __repr__

CODE['a5f4090c3ed61b83354dc15ea8aaa836'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.header,self.footer,)==(other.root,other.header,other.footer,)
  return NotImplemented
 return __eq__

CODE['a62d4ec8a3adad128f4f75f6187b920f'] = __create_fn__.__code__


def __create_fn__(_type_label, _type_start, _type_end, _type_rounds, _type_session_days, _type_gaps, _type_statements, _type_coded, _type_tone_sum, _type_categories, _type_sticking, _type_milestones, _type_measurements, _type_imprecise, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rounds, _dflt_session_days, _dflt_gaps, _dflt_statements, _dflt_coded, _dflt_tone_sum, _dflt_categories, _dflt_sticking, _dflt_milestones, _dflt_measurements, _dflt_imprecise, _return_type):
 def __init__(self,label:_type_label,start:_type_start,end:_type_end,rounds:_type_rounds=_dflt_rounds,session_days:_type_session_days=_dflt_session_days,gaps:_type_gaps=_HAS_DEFAULT_FACTORY,statements:_type_statements=_HAS_DEFAULT_FACTORY,coded:_type_coded=_HAS_DEFAULT_FACTORY,tone_sum:_type_tone_sum=_HAS_DEFAULT_FACTORY,categories:_type_categories=_HAS_DEFAULT_FACTORY,sticking:_type_sticking=_HAS_DEFAULT_FACTORY,milestones:_type_milestones=_HAS_DEFAULT_FACTORY,measurements:_type_measurements=_HAS_DEFAULT_FACTORY,imprecise:_type_imprecise=_dflt_imprecise)->_return_type:
  self.label=label
  self.start=start
  self.end=end
  self.rounds=rounds
  self.session_days=session_days
  self.gaps=_dflt_gaps() if gaps is _HAS_DEFAULT_FACTORY else gaps
  self.statements=_dflt_statements() if statements is _HAS_DEFAULT_FACTORY else statements
  self.coded=_dflt_coded() if coded is _HAS_DEFAULT_FACTORY else coded
  self.tone_sum=_dflt_tone_sum() if tone_sum is _HAS_DEFAULT_FACTORY else tone_sum
  self.categories=_dflt_categories() if categories is _HAS_DEFAULT_FACTORY else categories
  self.sticking=_dflt_sticking() if sticking is _HAS_DEFAULT_FACTORY else sticking
  self.milestones=_dflt_milestones() if milestones is _HAS_DEFAULT_FACTORY else milestones
  self.measurements=_dflt_measurements() if measurements is _HAS_DEFAULT_FACTORY else measurements
  self.imprecise=imprecise
 return __init__

CODE['a639510bc2ba977877c60441eea1004d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','old_path','new_path',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['a670af8e38e4af3a02335d4ea39d614e'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.option,self.parameters,self.read,)==(other.field,other.option,other.parameters,other.read,)
  return NotImplemented
 return __eq__

CODE['a67ad2a93c4bccc851ea0b2401a7e8a0'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(env={self.env!r}, chosen={self.chosen!r}, today={self.today!r}, base={self.base!r})"
 return __repr__

CODE['a68eb6238ebf1d117f7fe08c5f2d7b63'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('primary','wire','outlet','aggregator',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['a6ac81c6545ae51f6f99c6e22effaf7c'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(texts={self.texts!r}, context={self.context!r}, own={self.own!r}, settled={self.settled!r})"
 return __repr__

CODE['a6bb33f0ff8efb9866f601bfda90f234'] = __create_fn__.__code__


def __create_fn__(_type_title, _type_start, _type_end, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_start, _dflt_end, _dflt_note, _return_type):
 def __init__(self,title:_type_title,start:_type_start=_dflt_start,end:_type_end=_dflt_end,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

CODE['a6c644b6770f93a4bf69aafce90bf529'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.date,self.kind,self.title,self.end,self.announced,self.parties,self.location,self.summary,self.measurements,self.vote,self.documents,self.date_note,))
 return __hash__

CODE['a6f75d16d431e2e96fb8cbcb8528fe2c'] = __create_fn__.__code__


def __create_fn__(_type_track, _type_phase, _type_declared, _type_current, _type_last_round, _type_days_since_last, _type_next_round, _type_days_to_next, _type_cancelled, _type_sticking_points, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,track:_type_track,phase:_type_phase,declared:_type_declared,current:_type_current,last_round:_type_last_round,days_since_last:_type_days_since_last,next_round:_type_next_round,days_to_next:_type_days_to_next,cancelled:_type_cancelled,sticking_points:_type_sticking_points)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'phase',phase)
  __dataclass_builtins_object__.__setattr__(self,'declared',declared)
  __dataclass_builtins_object__.__setattr__(self,'current',current)
  __dataclass_builtins_object__.__setattr__(self,'last_round',last_round)
  __dataclass_builtins_object__.__setattr__(self,'days_since_last',days_since_last)
  __dataclass_builtins_object__.__setattr__(self,'next_round',next_round)
  __dataclass_builtins_object__.__setattr__(self,'days_to_next',days_to_next)
  __dataclass_builtins_object__.__setattr__(self,'cancelled',cancelled)
  __dataclass_builtins_object__.__setattr__(self,'sticking_points',sticking_points)
 return __init__

CODE['a711f2bce70ab829ad8a77c788d8c79f'] = __create_fn__.__code__


def __create_fn__(_type_key, _type_match, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_match, _return_type):
 def __init__(self,key:_type_key,match:_type_match=_dflt_match)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'match',match)
 return __init__

CODE['a73df3ca0fa5082a6f545fd566501a27'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.before,self.after,))
 return __hash__

CODE['a74cb494a9acc068f6b18b8adf663769'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('party','statement','speaker',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['a765ecc6e3e4c67e7b151dbad3f7d579'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.type,self.doc,self.required,))
 return __hash__

CODE['a7833f5b69e1ffa72e263e9b6ef96f08'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','date','title','record','track','subkind','change','fields','uncertain','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['a8b2571f74ea4333839cf89d8192eeb6'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.option,self.label,self.is_date,self.choices,)==(other.field,other.option,other.label,other.is_date,other.choices,)
  return NotImplemented
 return __eq__

CODE['a8d1a74ee0fd5d23382712e32649f537'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.pairs,self.tag,))
 return __hash__

CODE['a8f0f6c9ea9c2f4bcca6ebc08de7e125'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pairs','tag',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['a97353288bd38737007885e40590c22a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('match','exclude','terms','ranked','ranked_exclusions',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['a9a6d475aaebafc14fa8fd7ca97862d3'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','markdown','json','rich',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['a9ead7799ea7ffb59898542dc9e278b8'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.new,self.order,self.disk,self.identities,self.shown,)==(other.new,other.order,other.disk,other.identities,other.shown,)
  return NotImplemented
 return __eq__

CODE['aa103e7eed985af3246f72a19de6516f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('label','commit','files','records','errors',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['aa30731323253399d2d365ac3c4c74b9'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('as_of','period','periods','parties','metrics','units','series','about',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['aa30bec27ad885ec6122652035c264c5'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, sources={self.sources!r}, confidence={self.confidence!r}, confidence_note={self.confidence_note!r}, note={self.note!r}, path={self.path!r}, line={self.line!r}, column={self.column!r}, title={self.title!r}, date={self.date!r}, kind={self.kind!r}, symbol={self.symbol!r}, track={self.track!r}, authors={self.authors!r}, url={self.url!r}, supersedes={self.supersedes!r}, summary={self.summary!r}, date_note={self.date_note!r})"
 return __repr__

CODE['aab435d22cd23b667d99b57b415ad7f9'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','status','note','raised_by',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['aadb645485e5971fa2cca144266c1fd2'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.layout,self.mode,)==(other.path,other.layout,other.mode,)
  return NotImplemented
 return __eq__

CODE['ab5d2bc5add2ca5242f4826e41bcf0af'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(match={self.match!r}, exclude={self.exclude!r}, terms={self.terms!r}, ranked={self.ranked!r}, ranked_exclusions={self.ranked_exclusions!r})"
 return __repr__

CODE['ab8f70a4575c8863fb1e8a9480aa9bec'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('as_of','track','window','options','status','headline','other_tracks','news','sticking_points','statements','quotes','trends','upcoming','alerts','origin','errors','tracks','subject','citation_style','about',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['ab99eaa380f46d201902f844aa06c224'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, kind={self.kind!r})"
 return __repr__

CODE['ab9f98ceba7d6411ebdd0498358da95d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('before','after','as_of','records','moves','status',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['abb3955f1be59d02044f1a22f80f8343'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(conditions={self.conditions!r}, params={self.params!r}, topics={self.topics!r})"
 return __repr__

CODE['abd02d5c3161689abb2b97cc51e688b0'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','line','column','severity','rule','message','hint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['abdcc009649570fc984a7a71ada17bb6'] = __create_fn__.__code__


def __create_fn__(_type_text, _type_style, _type_was_plain, _type_tag, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_was_plain, _dflt_tag, _return_type):
 def __init__(self,text:_type_text,style:_type_style,was_plain:_type_was_plain=_dflt_was_plain,tag:_type_tag=_dflt_tag)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'was_plain',was_plain)
  __dataclass_builtins_object__.__setattr__(self,'tag',tag)
 return __init__

CODE['ac2dc17b2a52d20b13b8c3bc4a390c9a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','kind','name','aliases','party','roles','members',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ac96bc5449c577fd87e29e06dcf8fb5f'] = __create_fn__.__code__


def __create_fn__(_type_milestone, _type_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,milestone:_type_milestone,days:_type_days)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'milestone',milestone)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
 return __init__

CODE['acb0fb5a63a46ecd1c44a4cbfc58d015'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.statements,self.coded,self.unverified,self.low_confidence,self.rounds,self.milestones,)==(other.statements,other.coded,other.unverified,other.low_confidence,other.rounds,other.milestones,)
  return NotImplemented
 return __eq__

CODE['acded1ab731e99c1f475f912eedbd12b'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','label','unit','kind','caveat',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['acf61ed0bcd104d1c53385f46f20dc08'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.names,self.recount,)==(other.names,other.recount,)
  return NotImplemented
 return __eq__

CODE['ad5634252637a7f6d8a1ada50f3f88bd'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('label','commit','files','records','errors',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['ad9c7d48917a251d420aff37c10c5a7d'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.conditions,self.params,self.topics,)==(other.conditions,other.params,other.topics,)
  return NotImplemented
 return __eq__

CODE['ae2b72f00d67c1694dff167daf5625c9'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, problems={self.problems!r}, refs={self.refs!r}, aliases={self.aliases!r})"
 return __repr__

CODE['af1655711c7d10231085fe000700c696'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','label','op','before','after',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['af770cfe9e555e3983e60a2fd01bd782'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.value,self.within,self.order_by,)==(other.field,other.value,other.within,other.order_by,)
  return NotImplemented
 return __eq__

CODE['afbddb49e21038f0b5cc79bec37299e1'] = __create_fn__.__code__


def __create_fn__(_type_data_sha256, _type_commit, _type_dirty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_commit, _dflt_dirty, _return_type):
 def __init__(self,data_sha256:_type_data_sha256,commit:_type_commit=_dflt_commit,dirty:_type_dirty=_dflt_dirty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'data_sha256',data_sha256)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'dirty',dirty)
 return __init__

CODE['b080b9f04d6aa7fb95be146dcd71376f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('track','phase','declared','current','last_round','days_since_last','next_round','days_to_next','cancelled','sticking_points',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['b173fdc1a8ca36f571fcb5f71cd207b7'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('party','recent_mean','recent_n','previous_mean','previous_n',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['b184dd3e27e9b050259c0c7c94c71770'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','title','parties','mediator','phases',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['b18e7bd5be4af162ba657cd77e811736'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.short_name,self.description,self.vocabulary,self.series,self.defaults,self.source_tiers,self.path,))
 return __hash__

CODE['b19477d08b2ff57d9a16d764ac5dcc92'] = __create_fn__.__code__


def __create_fn__(_type_as_of, _type_period, _type_periods, _type_parties, _type_metrics, _type_units, _type_series, _type_about, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_series, _dflt_about, _return_type):
 def __init__(self,as_of:_type_as_of,period:_type_period,periods:_type_periods,parties:_type_parties,metrics:_type_metrics,units:_type_units,series:_type_series=_HAS_DEFAULT_FACTORY,about:_type_about=_dflt_about)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'period',period)
  __dataclass_builtins_object__.__setattr__(self,'periods',periods)
  __dataclass_builtins_object__.__setattr__(self,'parties',parties)
  __dataclass_builtins_object__.__setattr__(self,'metrics',metrics)
  __dataclass_builtins_object__.__setattr__(self,'units',units)
  __dataclass_builtins_object__.__setattr__(self,'series',_dflt_series() if series is _HAS_DEFAULT_FACTORY else series)
  __dataclass_builtins_object__.__setattr__(self,'about',about)
 return __init__

CODE['b2397d94b2f39267f4393cf9f7525130'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.ctx,self.data_dir_option,self.today,))
 return __hash__

CODE['b267afc0cdee56bd095c75f0a051399c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','name','x','row',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['b29c55bc4c9db90b1be0feff54f03bd7'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.tokens,self.prefix,self.exact,)==(other.tokens,other.prefix,other.exact,)
  return NotImplemented
 return __eq__

CODE['b2af9cd9e33d189e9dfd8fb812f714ed'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, option={self.option!r}, label={self.label!r}, is_date={self.is_date!r}, choices={self.choices!r})"
 return __repr__

CODE['b332b293b40bb8979e0ac386cf73ec6e'] = __create_fn__.__code__


def __create_fn__(_type_date, _type_end, _type_kind, _type_subkind, _type_title, _type_record, _type_track, _type_parties, _type_uncertain, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,date:_type_date,end:_type_end,kind:_type_kind,subkind:_type_subkind,title:_type_title,record:_type_record,track:_type_track,parties:_type_parties,uncertain:_type_uncertain)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'subkind',subkind)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'record',record)
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'parties',parties)
  __dataclass_builtins_object__.__setattr__(self,'uncertain',uncertain)
 return __init__

CODE['b3deda6e9c76d7374ed62073433526b9'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, start={self.start!r}, end={self.end!r}, note={self.note!r})"
 return __repr__

CODE['b4009b255d073fb4be712bf06e29adda'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('stale_days','deadline_days','quotes','trend_weeks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['b4392d98cb29b515197f13cade4e2873'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(change={self.change!r}, kind={self.kind!r}, id={self.id!r}, path={self.path!r}, record={self.record!r}, fields={self.fields!r}, old_path={self.old_path!r})"
 return __repr__

CODE['b46c12e3c5545c30670e5b95855ac7ba'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ctx,self.data_dir_option,self.today,)==(other.ctx,other.data_dir_option,other.today,)
  return NotImplemented
 return __eq__

CODE['b47257cdefb44c7240f2115efb61434e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.field,self.label,self.op,self.before,self.after,))
 return __hash__

CODE['b49cbd4c334e5af5e43a20c761583d08'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, prefix={self.prefix!r}, data_dir={self.data_dir!r}, environ={self.environ!r})"
 return __repr__

CODE['b4ad2f8605fe31d46991d3ec659e220c'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rank={self.rank!r}, value_type={self.value_type!r}, key_style={self.key_style!r})"
 return __repr__

CODE['b4b2c4958c1277b5cd7c8d0c2da0283b'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.shown,self.before,self.after,self.problems,))
 return __hash__

CODE['b4ca970106062cebe2151033be5c3e3f'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.svg,self.caption,self.headers,self.rows,)==(other.title,other.svg,other.caption,other.headers,other.rows,)
  return NotImplemented
 return __eq__

CODE['b4e9fba0bfa542b08a7a2fddd25e9124'] = __create_fn__.__code__


def __create_fn__(_type_problems, _type_records, _type_ids, _type_loose, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_records, _dflt_ids, _dflt_loose, _return_type):
 def __init__(self,problems:_type_problems,records:_type_records=_dflt_records,ids:_type_ids=_HAS_DEFAULT_FACTORY,loose:_type_loose=_HAS_DEFAULT_FACTORY)->_return_type:
  self.problems=problems
  self.records=records
  self.ids=_dflt_ids() if ids is _HAS_DEFAULT_FACTORY else ids
  self.loose=_dflt_loose() if loose is _HAS_DEFAULT_FACTORY else loose
 return __init__

CODE['b52e02f0a9cc0c1f5ffd5d3f361e6784'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.yes,self.no,self.abstain,self.absent,self.body,self.method,self.note,))
 return __hash__

CODE['b579d7d7bf569868e0a2d602e58a7aa8'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('conditions','params','topics',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['b58315daf424670dddea9d10855d3b68'] = __create_fn__.__code__


def __create_fn__(_type_yes, _type_no, _type_abstain, _type_absent, _type_body, _type_method, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_yes, _dflt_no, _dflt_abstain, _dflt_absent, _dflt_body, _dflt_method, _dflt_note, _return_type):
 def __init__(self,yes:_type_yes=_dflt_yes,no:_type_no=_dflt_no,abstain:_type_abstain=_dflt_abstain,absent:_type_absent=_dflt_absent,body:_type_body=_dflt_body,method:_type_method=_dflt_method,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
  __dataclass_builtins_object__.__setattr__(self,'no',no)
  __dataclass_builtins_object__.__setattr__(self,'abstain',abstain)
  __dataclass_builtins_object__.__setattr__(self,'absent',absent)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'method',method)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

CODE['b58a3b9ed0cb1fafc4900bc83cc2ec1d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','label','doc','weight','tone_min','tone_max',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['b5bcd436033147b79beb36beba04a7f6'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('total','by_party','unverified','low_confidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['b6a488c5b4ac618f7424fbebaccc0282'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_sources, _type_confidence, _type_confidence_note, _type_note, _type_path, _type_line, _type_column, _type_where, _type_title, _type_parties, _type_mediator, _type_phases, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_confidence, _dflt_confidence_note, _dflt_note, _dflt_path, _dflt_line, _dflt_column, _dflt_where, _dflt_parties, _dflt_mediator, _dflt_phases, _return_type):
 def __init__(self,*,id:_type_id,sources:_type_sources=_dflt_sources,confidence:_type_confidence=_dflt_confidence,confidence_note:_type_confidence_note=_dflt_confidence_note,note:_type_note=_dflt_note,path:_type_path=_dflt_path,line:_type_line=_dflt_line,column:_type_column=_dflt_column,where:_type_where=_HAS_DEFAULT_FACTORY,title:_type_title,parties:_type_parties=_dflt_parties,mediator:_type_mediator=_dflt_mediator,phases:_type_phases=_dflt_phases)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'confidence_note',confidence_note)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'parties',parties)
  __dataclass_builtins_object__.__setattr__(self,'mediator',mediator)
  __dataclass_builtins_object__.__setattr__(self,'phases',phases)
 return __init__

CODE['b72fd9bde4ebb590c809543d75e23137'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.change,self.kind,self.id,self.path,self.record,self.fields,self.old_path,)==(other.change,other.kind,other.id,other.path,other.record,other.fields,other.old_path,)
  return NotImplemented
 return __eq__

CODE['b7dca2846cdfe8e00567ec87c949ab69'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(idfs={self.idfs!r}, avgdl={self.avgdl!r})"
 return __repr__

CODE['b85c74d060bef9fe12a9772ffa004edd'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(quote={self.quote!r}, score={self.score!r})"
 return __repr__

CODE['b99a693c3c99630db55f473346507ca8'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','head','last','depth','order',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ba1c56c46d972cbaebc27d415aa6649f'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.env,self.chosen,self.today,self.base,)==(other.env,other.chosen,other.today,other.base,)
  return NotImplemented
 return __eq__

CODE['ba387d7a4ab21942c2e04edcb718c2ed'] = __create_fn__.__code__


def __create_fn__(_type_change, _type_kind, _type_id, _type_path, _type_record, _type_fields, _type_old_path, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fields, _dflt_old_path, _return_type):
 def __init__(self,change:_type_change,kind:_type_kind,id:_type_id,path:_type_path,record:_type_record,fields:_type_fields=_dflt_fields,old_path:_type_old_path=_dflt_old_path)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'change',change)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'record',record)
  __dataclass_builtins_object__.__setattr__(self,'fields',fields)
  __dataclass_builtins_object__.__setattr__(self,'old_path',old_path)
 return __init__

CODE['ba46ebe885a5a3c4e330f5b559d3630e'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','shown','before','after','problems',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ba88fcec36c42f7c4f0bcd2610508b73'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','title','date','kind','symbol','track','authors','url','supersedes','summary','date_note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['bb66644cb0b8d2126432b17b94ee4e01'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','short_name','description','vocabulary','series','defaults','source_tiers','path','where','_by_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['bbf3ff18dbe981d933bc4c9dc538dce6'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','record_id','path','shown','before','after','changes','errors','warnings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['bc5aee261ea050b648e12108f2f2186a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','head','last','depth','order',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['bc7cdd22943dec60c09611c655a5836c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.value,self.comments,))
 return __hash__

CODE['bc7f8245ac49e410179eef9bb571f924'] = __create_fn__.__code__


def __create_fn__(_type_year, _type_month, _type_day, _type_at, _type_first_day, _type_last_day, _type_sort_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_month, _dflt_day, _dflt_at, _return_type):
 def __init__(self,year:_type_year,month:_type_month=_dflt_month,day:_type_day=_dflt_day,at:_type_at=_dflt_at)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'year',year)
  __dataclass_builtins_object__.__setattr__(self,'month',month)
  __dataclass_builtins_object__.__setattr__(self,'day',day)
  __dataclass_builtins_object__.__setattr__(self,'at',at)
  self.__post_init__()
 return __init__

CODE['bc81dfb3de229598b17cfd1665d6861e'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(roots={self.roots!r}, layout_root={self.layout_root!r}, wanted={self.wanted!r})"
 return __repr__

CODE['bc9ffb8186718518dc93787e864e4044'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.title,self.status,self.note,self.raised_by,))
 return __hash__

CODE['bcee369363da3c905981f7f43838c9b9'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.style,self.was_plain,self.tag,))
 return __hash__

CODE['bd25847996b80b86ca63104d628577d9'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, origin={self.origin!r})"
 return __repr__

CODE['be13c07c10880b8f4f2ea1f1f1d93cc9'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.count,self.subject,self.date,self.records,))
 return __hash__

CODE['be1b9dc828c91b7cecb485bf5c0edd0d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('store',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['be8e185dbd22425a422bf84e1cbd4330'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','origin',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['bec7346ce29a6bd54cb2554b77478677'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','markdown','json','rich',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['bed7f8f71eeb5f754fc8a0526b09f2cc'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_sources, _type_confidence, _type_confidence_note, _type_note, _type_path, _type_line, _type_column, _type_where, _type_speaker, _type_date, _type_text, _type_role, _type_on_behalf_of, _type_original, _type_occasion, _type_context, _type_round, _type_round_relation, _type_topics, _type_category, _type_tone, _type_verified, _type_documents, _type_date_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_confidence, _dflt_confidence_note, _dflt_note, _dflt_path, _dflt_line, _dflt_column, _dflt_where, _dflt_role, _dflt_on_behalf_of, _dflt_original, _dflt_occasion, _dflt_context, _dflt_round, _dflt_round_relation, _dflt_topics, _dflt_category, _dflt_tone, _dflt_verified, _dflt_documents, _dflt_date_note, _return_type):
 def __init__(self,*,id:_type_id,sources:_type_sources=_dflt_sources,confidence:_type_confidence=_dflt_confidence,confidence_note:_type_confidence_note=_dflt_confidence_note,note:_type_note=_dflt_note,path:_type_path=_dflt_path,line:_type_line=_dflt_line,column:_type_column=_dflt_column,where:_type_where=_HAS_DEFAULT_FACTORY,speaker:_type_speaker,date:_type_date,text:_type_text,role:_type_role=_dflt_role,on_behalf_of:_type_on_behalf_of=_dflt_on_behalf_of,original:_type_original=_dflt_original,occasion:_type_occasion=_dflt_occasion,context:_type_context=_dflt_context,round:_type_round=_dflt_round,round_relation:_type_round_relation=_dflt_round_relation,topics:_type_topics=_dflt_topics,category:_type_category=_dflt_category,tone:_type_tone=_dflt_tone,verified:_type_verified=_dflt_verified,documents:_type_documents=_dflt_documents,date_note:_type_date_note=_dflt_date_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'confidence_note',confidence_note)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'speaker',speaker)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'on_behalf_of',on_behalf_of)
  __dataclass_builtins_object__.__setattr__(self,'original',original)
  __dataclass_builtins_object__.__setattr__(self,'occasion',occasion)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
  __dataclass_builtins_object__.__setattr__(self,'round',round)
  __dataclass_builtins_object__.__setattr__(self,'round_relation',round_relation)
  __dataclass_builtins_object__.__setattr__(self,'topics',topics)
  __dataclass_builtins_object__.__setattr__(self,'category',category)
  __dataclass_builtins_object__.__setattr__(self,'tone',tone)
  __dataclass_builtins_object__.__setattr__(self,'verified',verified)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'date_note',date_note)
 return __init__

CODE['bef60ee0a7c187b824256923b6e97378'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','date','title','record','track','subkind','change','fields','uncertain','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['bf00ab22de10485dc4529970bb5ae8c0'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.speaker,self.date,self.text,self.role,self.on_behalf_of,self.original,self.occasion,self.context,self.round,self.round_relation,self.topics,self.category,self.tone,self.verified,self.documents,self.date_note,))
 return __hash__

CODE['bf29d7baadc00cfaeedcdf07f2a2b188'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.track,self.phase,self.declared,self.current,self.last_round,self.days_since_last,self.next_round,self.days_to_next,self.cancelled,self.sticking_points,)==(other.track,other.phase,other.declared,other.current,other.last_round,other.days_since_last,other.next_round,other.days_to_next,other.cancelled,other.sticking_points,)
  return NotImplemented
 return __eq__

CODE['bf4fee16b10a603d187cc0d9d0a306dc'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, text={self.text!r})"
 return __repr__

CODE['bf65fc3cdedc6daf208df49cc9a5856a'] = __create_fn__.__code__


def __create_fn__(_type_rounds, _type_tracks, _type_tiers, _type_source, _type_every_speaker, _type_looked_up, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rounds, _dflt_tracks, _dflt_tiers, _dflt_source, _dflt_every_speaker, _dflt_looked_up, _return_type):
 def __init__(self,rounds:_type_rounds=_HAS_DEFAULT_FACTORY,tracks:_type_tracks=_HAS_DEFAULT_FACTORY,tiers:_type_tiers=_HAS_DEFAULT_FACTORY,source:_type_source=_dflt_source,every_speaker:_type_every_speaker=_dflt_every_speaker,looked_up:_type_looked_up=_HAS_DEFAULT_FACTORY)->_return_type:
  self.rounds=_dflt_rounds() if rounds is _HAS_DEFAULT_FACTORY else rounds
  self.tracks=_dflt_tracks() if tracks is _HAS_DEFAULT_FACTORY else tracks
  self.tiers=_dflt_tiers() if tiers is _HAS_DEFAULT_FACTORY else tiers
  self.source=source
  self.every_speaker=every_speaker
  self.looked_up=_dflt_looked_up() if looked_up is _HAS_DEFAULT_FACTORY else looked_up
 return __init__

CODE['bfe9a457bf0bc792f7f9cba79d3b151d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('first_day','precision','speaker','category','count','coded','tone_sum',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['c01a45c517f213e9b96e5d0e4ae1dc56'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.counts,self.len,self.sort_key,self.id,self.statement,)==(other.counts,other.len,other.sort_key,other.id,other.statement,)
  return NotImplemented
 return __eq__

CODE['c020cccd862599ccc8917a5d5979ad00'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.record_id,self.path,self.shown,self.before,self.after,self.snippet,self.errors,self.warnings,)==(other.kind,other.record_id,other.path,other.shown,other.before,other.after,other.snippet,other.errors,other.warnings,)
  return NotImplemented
 return __eq__

CODE['c02d383da49e9e6de156746b3af32ad4'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.value,self.comments,)==(other.key,other.value,other.comments,)
  return NotImplemented
 return __eq__

CODE['c06640948a00fda2683d8b9206b553a3'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(metric={self.metric!r}, value={self.value!r}, unit={self.unit!r}, low={self.low!r}, high={self.high!r}, note={self.note!r})"
 return __repr__

CODE['c0e572a502a0861310ed5004ab566635'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('date','end','kind','subkind','title','record','track','parties','uncertain',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['c0ffa38e3814e00fbb036d608d2303af'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(columns={self.columns!r}, table={self.table!r}, target={self.target!r})"
 return __repr__

CODE['c164c9374fbd4405be71336f071a526d'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, value={self.value!r}, within={self.within!r})"
 return __repr__

CODE['c1824fea48ed8bd26527ff2a160809af'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('as_of','period','periods','parties','metrics','units','series','about',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['c1dce08cea2f1219ff00beda1c4f6bc1'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.end,self.start,self.typed,self.commit,self.previous_as_of,self.note,)==(other.kind,other.end,other.start,other.typed,other.commit,other.previous_as_of,other.note,)
  return NotImplemented
 return __eq__

CODE['c2b1916b1b8c520473fb78c7d7098d76'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, comments={self.comments!r})"
 return __repr__

CODE['c2c9fc560d742b0f21f9f8e02b0ce69f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','name','x','row',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['c34000570de0ef58c176174855e6acee'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.url,self.outlet,self.title,self.published,self.accessed,self.note,self.tier,)==(other.url,other.outlet,other.title,other.published,other.accessed,other.note,other.tier,)
  return NotImplemented
 return __eq__

CODE['c3e7b91c8ecda129866c9854e117c313'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ctx','data_dir_option','today',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['c3ec9d4d6a0916d5552a4218c3902a13'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.sources,self.confidence,self.confidence_note,self.note,self.path,self.line,self.column,self.title,self.date,self.kind,self.symbol,self.track,self.authors,self.url,self.supersedes,self.summary,self.date_note,))
 return __hash__

CODE['c3f383a25a97172df9bef3f77010d1ac'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.label,self.op,self.before,self.after,)==(other.field,other.label,other.op,other.before,other.after,)
  return NotImplemented
 return __eq__

CODE['c3f528087eb347f54ac9ef64dd92b0c0'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, result={self.result!r}, actors={self.actors!r}, _json={self._json!r}, _text={self._text!r}, _markdown={self._markdown!r}, _rows={self._rows!r})"
 return __repr__

CODE['c46f430de377efa809139bb26d8a1d6d'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, records={self.records!r}, problems={self.problems!r}, refs={self.refs!r})"
 return __repr__

CODE['c4e2469a3de059ddb8ad61e44e78fb45'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('url','outlet','title','published','accessed','note','tier',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['c53171485e6f027533f8ebb2ae91ef1a'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, header={self.header!r}, footer={self.footer!r})"
 return __repr__

CODE['c565fcd5071da7e9e4e30d4d44ccfd3c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.track,self.phase,self.declared,self.current,self.last_round,self.days_since_last,self.next_round,self.days_to_next,self.cancelled,self.sticking_points,))
 return __hash__

CODE['c56ca9a80bb4067350399b74d05e001c'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.party,self.statement,self.speaker,)==(other.party,other.statement,other.speaker,)
  return NotImplemented
 return __eq__

CODE['c577ec9759ee289ee55c14fb9da5c5a4'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','name','kind','party','aliases','roles',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['c63738d66e08c60192a490367298c551'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expression={self.expression!r}, phrases={self.phrases!r}, exclusions={self.exclusions!r})"
 return __repr__

CODE['c7306681c18637a24bff636cc5c03ef3'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, files={self.files!r})"
 return __repr__

CODE['c7aa5f652a55d0d3528751f51b719b12'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','value','within',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['c7cb9aa049fefda4c034804184476325'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.year,self.month,self.day,self.at,))
 return __hash__

CODE['c846264f8fefa2bd6fcf040548cba459'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.track,self.id,self.title,self.before,self.after,self.round,)==(other.track,other.id,other.title,other.before,other.after,other.round,)
  return NotImplemented
 return __eq__

CODE['c87c141ec1f80201da3b06c601ae8960'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('track','id','title','before','after','round',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['c8a8cb8636ed9981dcb168aa5e72dd5a'] = __create_fn__.__code__


def __create_fn__(_type_ctx, _type_data_dir_option, _type_today, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ctx:_type_ctx,data_dir_option:_type_data_dir_option,today:_type_today)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ctx',ctx)
  __dataclass_builtins_object__.__setattr__(self,'data_dir_option',data_dir_option)
  __dataclass_builtins_object__.__setattr__(self,'today',today)
 return __init__

CODE['c8a959fac28483459a3f44ecd833b30d'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.field,self.option,self.label,self.is_date,self.choices,))
 return __hash__

CODE['c8cdc9e826a20a9bbad99597e781843d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('field','option','label','is_date','choices',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['c99c2f5597529b4a0582a367c5196d97'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','text','whole_line',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['c9ee5e510d60a49bd4bf8924a5586558'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, files={self.files!r}, bytes={self.bytes!r}, errors={self.errors!r}, statements={self.statements!r}, snapshots={self.snapshots!r})"
 return __repr__

CODE['ca724d48891a4707708e25ead1f838c9'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, data_sha256={self.data_sha256!r}, commit={self.commit!r}, dirty={self.dirty!r})"
 return __repr__

CODE['cac96ccc4bbc53403e382b0e4007b5ec'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(data_sha256={self.data_sha256!r}, commit={self.commit!r}, dirty={self.dirty!r})"
 return __repr__

CODE['cb00c9e1a56c9ef856aa474abebbb0e3'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('spec','rows',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['cb24518606ece0327412f8df5f2a18a9'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.total,self.by_party,self.unverified,self.low_confidence,))
 return __hash__

CODE['cb3ff1ef1e1338463a0d77382d29438e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.date,self.end,self.kind,self.subkind,self.title,self.record,self.track,self.parties,self.uncertain,))
 return __hash__

CODE['cb449ce31e4eabea4993bc91b1a9584a'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(track={self.track!r}, id={self.id!r}, title={self.title!r}, before={self.before!r}, after={self.after!r}, round={self.round!r})"
 return __repr__

CODE['cb4cf4dbc1e63d5977484dc1e07399a0'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_label, _type_doc, _type_weight, _type_tone_min, _type_tone_max, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label, _dflt_doc, _dflt_weight, _dflt_tone_min, _dflt_tone_max, _return_type):
 def __init__(self,id:_type_id,label:_type_label=_dflt_label,doc:_type_doc=_dflt_doc,weight:_type_weight=_dflt_weight,tone_min:_type_tone_min=_dflt_tone_min,tone_max:_type_tone_max=_dflt_tone_max)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'weight',weight)
  __dataclass_builtins_object__.__setattr__(self,'tone_min',tone_min)
  __dataclass_builtins_object__.__setattr__(self,'tone_max',tone_max)
 return __init__

CODE['cb5e991c2c6e634dcc9b38765db832de'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.note,)==(other.start,other.end,other.note,)
  return NotImplemented
 return __eq__

CODE['cbab37bf93110db73622d749083324b8'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.token,self.changed,))
 return __hash__

CODE['cbd43c66e347a1c01324c9fa65439e6e'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lang={self.lang!r}, text={self.text!r})"
 return __repr__

CODE['cbe41c5f01744b13fd2153b53ccd3d1a'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_ident, _type_title, _type_summary, _type_updated, _type_published, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,ident:_type_ident,title:_type_title,summary:_type_summary,updated:_type_updated,published:_type_published)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'ident',ident)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'updated',updated)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
 return __init__

CODE['cca5c00333126b27d6f5de4ee96a64e4'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.party,self.statement,self.speaker,))
 return __hash__

CODE['ccdba9e83d6adeb4988b669ff585ee1f'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.column,self.severity,self.rule,self.message,self.hint,)==(other.path,other.line,other.column,other.severity,other.rule,other.message,other.hint,)
  return NotImplemented
 return __eq__

CODE['cd084e72d1fe26655cc293d9efbc9746'] = __create_fn__.__code__


def __create_fn__(_type_date, _type_phase, _type_note, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_sources, _return_type):
 def __init__(self,date:_type_date,phase:_type_phase,note:_type_note=_dflt_note,sources:_type_sources=_dflt_sources)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'phase',phase)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
 return __init__

CODE['cdf190716d1dfcb5e17a5394e383be04'] = __create_fn__.__code__


def __create_fn__(_type_milestone_kinds, _type_categories, _type_occasions, _type_sticking_point_statuses, _type_topics, _type_document_kinds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_topics, _dflt_document_kinds, _return_type):
 def __init__(self,milestone_kinds:_type_milestone_kinds,categories:_type_categories,occasions:_type_occasions,sticking_point_statuses:_type_sticking_point_statuses,topics:_type_topics=_dflt_topics,document_kinds:_type_document_kinds=_dflt_document_kinds)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'milestone_kinds',milestone_kinds)
  __dataclass_builtins_object__.__setattr__(self,'categories',categories)
  __dataclass_builtins_object__.__setattr__(self,'occasions',occasions)
  __dataclass_builtins_object__.__setattr__(self,'sticking_point_statuses',sticking_point_statuses)
  __dataclass_builtins_object__.__setattr__(self,'topics',topics)
  __dataclass_builtins_object__.__setattr__(self,'document_kinds',document_kinds)
 return __init__

CODE['ce45801a55a940afeba3dace4ad6118a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','header','footer',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ce474a0116210d78f49d6e08dbc826dd'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.files,self.bytes,self.errors,self.statements,self.snapshots,)==(other.path,other.files,other.bytes,other.errors,other.statements,other.snapshots,)
  return NotImplemented
 return __eq__

CODE['ceb5ae9124d44118615efb8132b33938'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','count','subject','date','records',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ceb60746cb93792ba842beba9dc5fdf6'] = __create_fn__.__code__


def __create_fn__(_type_dataset, _type_track, _type_full, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_track, _dflt_full, _dflt_source, _return_type):
 def __init__(self,dataset:_type_dataset,track:_type_track=_dflt_track,full:_type_full=_dflt_full,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'dataset',dataset)
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'full',full)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__

CODE['cee13ded70a371429762c6f160a7d563'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, shown={self.shown!r}, before={self.before!r}, after={self.after!r}, problems={self.problems!r})"
 return __repr__

CODE['cf0b65cfbc2a248b83b3262f42bf3374'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dataset,self.problems,)==(other.dataset,other.problems,)
  return NotImplemented
 return __eq__

CODE['cf6a6276115b3df590f9113235ca31a8'] = __create_fn__.__code__


def __create_fn__(_type_start, _type_end, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end, _dflt_note, _return_type):
 def __init__(self,start:_type_start,end:_type_end=_dflt_end,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__

CODE['cfdf1cceba77f9e8556153e622c6d6e1'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','name','kind',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['d013c7639bfb5b9a639487c41a54c908'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.quotes,self.total,self.terms,self.query,self.sort,self.about,))
 return __hash__

CODE['d03553b3311ee9678acf7dcd3c743d90'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['d052a10afef0e03baeccaf7eb715ad62'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(node={self.node!r})"
 return __repr__

CODE['d05779bfcfb9319b37f61341968f6df7'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.main_track,self.recent_days,self.briefing_days,self.stale_days,self.deadline_days,self.measurement_stale_days,self.timezone,self.context_topics,self.citation_style,)==(other.main_track,other.recent_days,other.briefing_days,other.stale_days,other.deadline_days,other.measurement_stale_days,other.timezone,other.context_topics,other.citation_style,)
  return NotImplemented
 return __eq__

CODE['d0f684bd0941d8648cd99f162b948baf'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dataset,self.track,self.full,)==(other.dataset,other.track,other.full,)
  return NotImplemented
 return __eq__

CODE['d10529b5044f851bd8d138976ed190d5'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(measurement={self.measurement!r}, milestone={self.milestone!r}, series={self.series!r}, age_days={self.age_days!r}, stale={self.stale!r})"
 return __repr__

CODE['d10a3dc312dbf294718af1ca2435449a'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.expression,self.phrases,self.exclusions,))
 return __hash__

CODE['d144cf193b489a138a759c1c20515e29'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','title','date','kind','symbol','track','authors','url','supersedes','summary','date_note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['d1494e9046acaa8cde166779789559d8'] = __create_fn__.__code__


def __create_fn__(_type_header, _type_footer, _type_comments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_header, _dflt_footer, _dflt_comments, _return_type):
 def __init__(self,header:_type_header=_HAS_DEFAULT_FACTORY,footer:_type_footer=_HAS_DEFAULT_FACTORY,comments:_type_comments=_HAS_DEFAULT_FACTORY)->_return_type:
  self.header=_dflt_header() if header is _HAS_DEFAULT_FACTORY else header
  self.footer=_dflt_footer() if footer is _HAS_DEFAULT_FACTORY else footer
  self.comments=_dflt_comments() if comments is _HAS_DEFAULT_FACTORY else comments
 return __init__

CODE['d150d25a6e4cb025411b61a39f5dfe3c'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_sources, _type_confidence, _type_confidence_note, _type_note, _type_path, _type_line, _type_column, _type_where, _type_title, _type_date, _type_kind, _type_symbol, _type_track, _type_authors, _type_url, _type_supersedes, _type_summary, _type_date_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_confidence, _dflt_confidence_note, _dflt_note, _dflt_path, _dflt_line, _dflt_column, _dflt_where, _dflt_symbol, _dflt_track, _dflt_authors, _dflt_url, _dflt_supersedes, _dflt_summary, _dflt_date_note, _return_type):
 def __init__(self,*,id:_type_id,sources:_type_sources=_dflt_sources,confidence:_type_confidence=_dflt_confidence,confidence_note:_type_confidence_note=_dflt_confidence_note,note:_type_note=_dflt_note,path:_type_path=_dflt_path,line:_type_line=_dflt_line,column:_type_column=_dflt_column,where:_type_where=_HAS_DEFAULT_FACTORY,title:_type_title,date:_type_date,kind:_type_kind,symbol:_type_symbol=_dflt_symbol,track:_type_track=_dflt_track,authors:_type_authors=_dflt_authors,url:_type_url=_dflt_url,supersedes:_type_supersedes=_dflt_supersedes,summary:_type_summary=_dflt_summary,date_note:_type_date_note=_dflt_date_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'confidence_note',confidence_note)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'authors',authors)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'supersedes',supersedes)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'date_note',date_note)
 return __init__

CODE['d16b0c567500902da5e7b42f473b295d'] = __create_fn__.__code__


def __create_fn__(_type_spec, _type_kind, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,spec:_type_spec,kind:_type_kind,rows:_type_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'spec',spec)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
 return __init__

CODE['d2147c0318d6504e5b58c680318ae1f1'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(section={self.section!r}, item={self.item!r}, before={self.before!r}, after={self.after!r})"
 return __repr__

CODE['d227338f406b73ab846c7d853acae0f6'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('date','days','kind','title','record','track',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['d25186b0ba689a9d4b3a8234a2365506'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.parameter_info,self.annotation,self.convert,self.descriptor,))
 return __hash__

CODE['d26159dc7aaf6b226aa6da8d8d264a0d'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, record_id={self.record_id!r}, path={self.path!r}, shown={self.shown!r}, before={self.before!r}, after={self.after!r}, snippet={self.snippet!r}, errors={self.errors!r}, warnings={self.warnings!r})"
 return __repr__

CODE['d280e413a9d250c49a603ce5b830bac3'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','text','whole_line',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['d2e3ca906d91a3121759db95b03e2cdc'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('conditions','params','topics',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['d356489fd58e8521126f5af04e6e4d5b'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.metric,self.value,self.unit,self.low,self.high,self.note,)==(other.metric,other.value,other.unit,other.low,other.high,other.note,)
  return NotImplemented
 return __eq__

CODE['d3cb111f957b6bd231b4eacd31ce7381'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, date={self.date!r}, title={self.title!r}, record={self.record!r}, track={self.track!r}, subkind={self.subkind!r}, change={self.change!r}, fields={self.fields!r}, uncertain={self.uncertain!r}, end={self.end!r})"
 return __repr__

CODE['d47a27f4e40a933c38d08e501965349d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('before','after',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['d4be579b9d08f424f3eded468666e41e'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','ident','title','summary','updated','published',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['d4f1d05eaa64504ab43d399c2134a751'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('statements','coded','unverified','low_confidence','rounds','milestones',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['d5ef525845639639a54c3a25d7e0ca5d'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.before,self.after,self.as_of,self.records,self.moves,self.status,)==(other.before,other.after,other.as_of,other.records,other.moves,other.status,)
  return NotImplemented
 return __eq__

CODE['d6bb2d7e893192a361f1bce56697f0ea'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.start,self.end,self.note,)==(other.title,other.start,other.end,other.note,)
  return NotImplemented
 return __eq__

CODE['d7461642dd694fb75baa121357c099c3'] = __create_fn__.__code__


def __create_fn__(_type_columns, _type_table, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_target, _return_type):
 def __init__(self,columns:_type_columns,table:_type_table,target:_type_target=_dflt_target)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
 return __init__

CODE['d7715327d3d00861eb7cfe2d37b92e34'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('total','coded','unverified','low_confidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['d7729ac0ca6a30c29de84af22cda583e'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_count, _type_subject, _type_date, _type_records, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_count, _dflt_subject, _dflt_date, _dflt_records, _return_type):
 def __init__(self,kind:_type_kind,count:_type_count=_dflt_count,subject:_type_subject=_dflt_subject,date:_type_date=_dflt_date,records:_type_records=_dflt_records)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'records',records)
 return __init__

CODE['d7766f09532cd3270cbdfb08997544fc'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(first_day={self.first_day!r}, precision={self.precision!r}, speaker={self.speaker!r}, category={self.category!r}, count={self.count!r}, coded={self.coded!r}, tone_sum={self.tone_sum!r})"
 return __repr__

CODE['d7995c5a5a9a6b3bae2623d7572a5754'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.nodes,)==(other.nodes,)
  return NotImplemented
 return __eq__

CODE['d819c7b643570cbec298bb91e2f36acc'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.as_of,self.data_sha256,self.commit,self.dirty,)==(other.as_of,other.data_sha256,other.commit,other.dirty,)
  return NotImplemented
 return __eq__

CODE['d85a1b6bdb8839122a93854fb66132b1'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rank,self.value_type,self.key_style,)==(other.rank,other.value_type,other.key_style,)
  return NotImplemented
 return __eq__

CODE['d90c74e1f5d133178277a2488b7dba84'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(quotes={self.quotes!r}, total={self.total!r}, terms={self.terms!r}, query={self.query!r}, sort={self.sort!r}, about={self.about!r})"
 return __repr__

CODE['d913ea547dc17e04665e6e7b37a62ef0'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.label,self.value,self.colour,))
 return __hash__

CODE['da39567b6653a4ebc244291b19a0bcd8'] = __create_fn__.__code__


def __create_fn__(_type_texts, _type_context, _type_own, _type_settled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,texts:_type_texts,context:_type_context,own:_type_own,settled:_type_settled)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'texts',texts)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
  __dataclass_builtins_object__.__setattr__(self,'own',own)
  __dataclass_builtins_object__.__setattr__(self,'settled',settled)
 return __init__

CODE['da5183ff2078ecba2967eb0504027d24'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('change','kind','id','path','record','fields','old_path',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['da92630ee699a6d4c78ed76501cbd7d7'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.columns,self.table,self.target,))
 return __hash__

CODE['dad23523fe80bef43113e520356c3ddf'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.conditions,self.params,self.topics,))
 return __hash__

CODE['dae9d52f1e0467c0ac4e6c9e6aa3b3cd'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','name','kind',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['dafd1d4c9995a849233abdd790cd17ef'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.as_of,self.data_sha256,self.commit,self.dirty,))
 return __hash__

CODE['db6ac37d515bc76159ae124626f17440'] = __create_fn__.__code__


def __create_fn__(_type_quotes, _type_total, _type_terms, _type_query, _type_sort, _type_about, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_terms, _dflt_query, _dflt_sort, _dflt_about, _return_type):
 def __init__(self,quotes:_type_quotes,total:_type_total,terms:_type_terms=_dflt_terms,query:_type_query=_dflt_query,sort:_type_sort=_dflt_sort,about:_type_about=_dflt_about)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'quotes',quotes)
  __dataclass_builtins_object__.__setattr__(self,'total',total)
  __dataclass_builtins_object__.__setattr__(self,'terms',terms)
  __dataclass_builtins_object__.__setattr__(self,'query',query)
  __dataclass_builtins_object__.__setattr__(self,'sort',sort)
  __dataclass_builtins_object__.__setattr__(self,'about',about)
 return __init__

CODE['dbcc779d119c27ec32b863050dfe83fa'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('milestone','days',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['dcc93a9986b9a4d8d0b94024f78cf743'] = __create_fn__.__code__


def __create_fn__(_type_track, _type_id, _type_title, _type_before, _type_after, _type_round, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,track:_type_track,id:_type_id,title:_type_title,before:_type_before,after:_type_after,round:_type_round)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
  __dataclass_builtins_object__.__setattr__(self,'round',round)
 return __init__

CODE['dcd6aa88223c6d0094bef29aff321fb3'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(milestone_kinds={self.milestone_kinds!r}, categories={self.categories!r}, occasions={self.occasions!r}, sticking_point_statuses={self.sticking_point_statuses!r}, topics={self.topics!r}, document_kinds={self.document_kinds!r})"
 return __repr__

CODE['dd168efa5a9cc2affb894cd9ddb1c258'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('metric','value','unit','low','high','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['ddb8bf513ee12fe3ad27567061bbbf31'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('items','tag',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['de6e10303647bd4015919a3bf994667b'] = __create_fn__.__code__


def __create_fn__(_type_names, _type_recount, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,names:_type_names,recount:_type_recount)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'names',names)
  __dataclass_builtins_object__.__setattr__(self,'recount',recount)
 return __init__

CODE['de7bfa481befd373f14b9580c1eba373'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expression','phrases','exclusions',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['de98459f7674667d7852651221c8f135'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, text={self.text!r}, whole_line={self.whole_line!r})"
 return __repr__

CODE['dec214d38ae1790dcd3c3432f30a3769'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('counts','len','sort_key','id','statement',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['dee167284faffc1d0ec572df000fe1c0'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(header={self.header!r}, footer={self.footer!r}, comments={self.comments!r})"
 return __repr__

CODE['df04a2d509b4a483e29dc5064a112d03'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kept={self.kept!r}, shadowed={self.shadowed!r}, left_out={self.left_out!r})"
 return __repr__

CODE['df562555cedef3da6b22050e17f1e4f3'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','value','comments',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['df7e4d0a96e369931f654983fa37445f'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_files, _type_bytes, _type_errors, _type_statements, _type_snapshots, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,files:_type_files,bytes:_type_bytes,errors:_type_errors,statements:_type_statements,snapshots:_type_snapshots)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'bytes',bytes)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'statements',statements)
  __dataclass_builtins_object__.__setattr__(self,'snapshots',snapshots)
 return __init__

CODE['e04db9fb4bf531994b0d75c720631a95'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.primary,self.wire,self.outlet,self.aggregator,)==(other.primary,other.wire,other.outlet,other.aggregator,)
  return NotImplemented
 return __eq__

CODE['e081ec0ffd6ef147236a49ba2116ed8a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','style','was_plain','tag',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['e08241bdf649d045fbb427b42d26d393'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.spec,self.rows,)==(other.spec,other.rows,)
  return NotImplemented
 return __eq__

CODE['e0b8265cacc65a090e5e277759669d75'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.head,self.last,self.depth,self.order,)==(other.key,other.head,other.last,other.depth,other.order,)
  return NotImplemented
 return __eq__

CODE['e1dfe958903c0f638138283fd2d3e6ac'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.sources,self.outlets,self.accessed,self.confidence,self.confidence_note,self.note,self.dry_run,self.data_dir_option,))
 return __hash__

CODE['e229bb300ebe56ebb5765ca4e002ea4a'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('token','changed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['e2ef9a986dd3dbe28f19539ac994b11b'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('quote','score',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['e31b06d5f0d1c7e17b0f44d599ae4786'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(uid={self.uid!r}, start={self.start!r}, end={self.end!r}, summary={self.summary!r}, description={self.description!r}, path={self.path!r}, cancelled={self.cancelled!r})"
 return __repr__

CODE['e33b97a58796c60a6db252b53d822ab3'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('items','tag',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['e3498e188cdf1d8c889923f6ca43bad2'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.statements,self.coded,self.unverified,self.low_confidence,self.rounds,self.milestones,))
 return __hash__

CODE['e392f57bda6a51a674ad79efcf3aa17f'] = __create_fn__.__code__


def __create_fn__(_type_value, _type_comments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_comments, _return_type):
 def __init__(self,value:_type_value,comments:_type_comments=_dflt_comments)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'comments',comments)
 return __init__

CODE['e3aedc371bbd5b2da2bebb522b285614'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','count','subject','date','records',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['e3b7b871b25f5314475ddb02511a8ac2'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, label={self.label!r}, value={self.value!r}, colour={self.colour!r})"
 return __repr__

CODE['e470c822117b400dfb1edc32f3903e62'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.as_of,self.period,self.periods,self.parties,self.metrics,self.units,self.series,self.about,))
 return __hash__

CODE['e4ec77a183858b9a3a4d4daf47c22750'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, record_id={self.record_id!r}, path={self.path!r}, shown={self.shown!r}, before={self.before!r}, after={self.after!r}, changes={self.changes!r}, errors={self.errors!r}, warnings={self.warnings!r})"
 return __repr__

CODE['e5553d86a05758ba9c999d4c127377d3'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.tokens,self.prefix,self.exact,))
 return __hash__

CODE['e5ea3d54ed14aca1e6a4a10c492f712c'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.quote,self.score,))
 return __hash__

CODE['e68551def453cb870cc96d081bf84bfc'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.as_of,self.since,self.until,self.events,self.statements_included,self.about,)==(other.as_of,other.since,other.until,other.events,other.statements_included,other.about,)
  return NotImplemented
 return __eq__

CODE['e6cf925885d72697d29b15b2786e8cb2'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.label,self.doc,self.deadline,self.settled,)==(other.id,other.label,other.doc,other.deadline,other.settled,)
  return NotImplemented
 return __eq__

CODE['e6d1f3832048aaec1da25a5af12d2b19'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','values',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['e76bdc5681af1c185d64099c591a41c6'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.label,self.unit,self.kind,self.caveat,))
 return __hash__

CODE['e7778a61532abfb314d2098a115fce33'] = __create_fn__.__code__


def __create_fn__(_type_new, _type_order, _type_disk, _type_identities, _type_shown, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_disk, _dflt_identities, _dflt_shown, _return_type):
 def __init__(self,new:_type_new,order:_type_order,disk:_type_disk=_HAS_DEFAULT_FACTORY,identities:_type_identities=_HAS_DEFAULT_FACTORY,shown:_type_shown=_HAS_DEFAULT_FACTORY)->_return_type:
  self.new=new
  self.order=order
  self.disk=_dflt_disk() if disk is _HAS_DEFAULT_FACTORY else disk
  self.identities=_dflt_identities() if identities is _HAS_DEFAULT_FACTORY else identities
  self.shown=_dflt_shown() if shown is _HAS_DEFAULT_FACTORY else shown
 return __init__

CODE['e7b5f8509e97256b1bea82a573f74d70'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.speakers,self.rounds,self.topics,self.categories,self.since,self.until,self.as_of,self.verified_only,self.ids,))
 return __hash__

CODE['e7f16a80598f4f645fa9dfae18bce08e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.label,self.commit,self.files,self.records,self.errors,))
 return __hash__

CODE['e8383fa1cba039571b8f3f275317ab37'] = __create_fn__.__code__


def __create_fn__(_type_label, _type_commit, _type_stored, _type_prefix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,label:_type_label,commit:_type_commit,stored:_type_stored,prefix:_type_prefix)->_return_type:
  self.label=label
  self.commit=commit
  self.stored=stored
  self.prefix=prefix
 return __init__

CODE['e857210085cf88ac1a8b0eafb14c3a31'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.field,self.columns,self.cells,self.foreign_keys,self.indexes,)==(other.field,other.columns,other.cells,other.foreign_keys,other.indexes,)
  return NotImplemented
 return __eq__

CODE['e85c02b0124923ba6e98e4f11dabf758'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.short_name,self.description,self.vocabulary,self.series,self.defaults,self.source_tiers,self.path,)==(other.title,other.short_name,other.description,other.vocabulary,other.series,other.defaults,other.source_tiers,other.path,)
  return NotImplemented
 return __eq__

CODE['e871ea23222a9a63d82a94c86092ac33'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','start','end','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['e8ab427fd8e4bb769c6f1a996584c1e3'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.name,self.party,self.party_name,self.statements,self.unverified,self.first,self.last,self.aliases,))
 return __hash__

CODE['e95c216591cba72723a3fc45d39d98ec'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.roots,self.layout_root,self.wanted,)==(other.roots,other.layout_root,other.wanted,)
  return NotImplemented
 return __eq__

CODE['e985ba7873e76f46b0fb6988624e10ee'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','type','doc','required','missing_rule',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['ea4c895b7830885898af61e8c014853b'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.stale_days,self.deadline_days,self.quotes,self.trend_weeks,))
 return __hash__

CODE['ea89c17a22578d8f707f235a7b5bd3da'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.svg,self.caption,self.headers,self.rows,))
 return __hash__

CODE['eaa5fafcd593401caf6dbc4dbb9be5cd'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.items,self.tag,))
 return __hash__

CODE['eae8b763fc34436e1bf2afc409543e80'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('as_of','data_sha256','commit','dirty',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['eb24c33afb5ee7f13d9521cb630493a9'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(party={self.party!r}, recent_mean={self.recent_mean!r}, recent_n={self.recent_n!r}, previous_mean={self.previous_mean!r}, previous_n={self.previous_n!r})"
 return __repr__

CODE['eb32551af9327b502075abd2d8f5fd0a'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, period={self.period!r}, periods={self.periods!r}, parties={self.parties!r}, metrics={self.metrics!r}, units={self.units!r}, series={self.series!r}, about={self.about!r})"
 return __repr__

CODE['eb876520427c6008ece91db145786ab7'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.idfs,self.avgdl,))
 return __hash__

CODE['ec365619911126fde109c4e5a8e2b378'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, value={self.value!r}, within={self.within!r}, order_by={self.order_by!r})"
 return __repr__

CODE['ec39d1cf8670a5f8b08f3cddf74d01ae'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','track','title','start','number','end','announced','cancelled','location','venue','format','mediator','delegations','pauses','sticking_points','dispositions','parts','documents','outcome','date_note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ec79d8c9b81f9a2d38820b70b3c51093'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.section,self.item,self.before,self.after,)==(other.section,other.item,other.before,other.after,)
  return NotImplemented
 return __eq__

CODE['ec98a0946c6ff2bc30dd383d48da23fb'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.parameter_info,self.annotation,self.convert,self.descriptor,)==(other.parameter_info,other.annotation,other.convert,other.descriptor,)
  return NotImplemented
 return __eq__

CODE['ed0664efa298ae523ebf3ac8f85e9422'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','config','order','new','versions',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['ed21b0df85512949d7c4c6878aefdf3a'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, unit={self.unit!r})"
 return __repr__

CODE['edc0ab5aa3e792d8fbd43a50777058b9'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('node',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['ee1e28e0c8f705b5d79a2ba737c4dc0b'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','unit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ee25e0df1b2e3098ecf5a9652c3b1a07'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','speaker','date','text','role','on_behalf_of','original','occasion','context','round','round_relation','topics','category','tone','verified','documents','date_note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ee8c87784c7bd51279dfa560741db275'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','status','since','round','note','on_table','disposition','superseded_by','former_titles',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ef07c55e4696e49304bccfb588cce690'] = __create_fn__.__code__


def __create_fn__(_type_token, _type_changed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,token:_type_token,changed:_type_changed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'token',token)
  __dataclass_builtins_object__.__setattr__(self,'changed',changed)
 return __init__

CODE['ef29624e6e6ac87ddfed64ef8f885135'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('texts','context','own','settled',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['ef8850603af5791010a1497e00a52ebf'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, match={self.match!r})"
 return __repr__

CODE['efb01ac7b965728182aafb30966eb3b0'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','label','value','colour',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['f014cc1b7126215837599d312e8b6868'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(date={self.date!r}, phase={self.phase!r}, note={self.note!r}, sources={self.sources!r})"
 return __repr__

CODE['f0d9181bae092eb233363be894943d38'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_prefix, _type_owner, _type_table, _type_keys, _type_target, _type_extras, _type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,prefix:_type_prefix,owner:_type_owner,table:_type_table,keys:_type_keys,target:_type_target,extras:_type_extras,items:_type_items)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'keys',keys)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'extras',extras)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
 return __init__

CODE['f0f5509caf134a9ad52c8bd76a5e36c9'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_shown, _type_before, _type_after, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _return_type):
 def __init__(self,path:_type_path,shown:_type_shown,before:_type_before,after:_type_after,problems:_type_problems=_dflt_problems)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
 return __init__

CODE['f17eb65e14c676ec6bb689dc1e741fbb'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(field={self.field!r}, label={self.label!r}, op={self.op!r}, before={self.before!r}, after={self.after!r})"
 return __repr__

CODE['f244b5ae8565b2b1799d0dc9a99c9892'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.url,self.outlet,self.title,self.published,self.accessed,self.note,self.tier,))
 return __hash__

CODE['f25165b846253bf323ae4ecc09d58f6d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','option','parameters','read',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['f25660f3be178da993ab6bf876291134'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','unit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['f27aa676cfd82aac19e954cabca306fa'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, start={self.start!r}, end={self.end!r}, rounds={self.rounds!r}, session_days={self.session_days!r}, gaps={self.gaps!r}, statements={self.statements!r}, coded={self.coded!r}, tone_sum={self.tone_sum!r}, categories={self.categories!r}, sticking={self.sticking!r}, milestones={self.milestones!r}, measurements={self.measurements!r}, imprecise={self.imprecise!r})"
 return __repr__

CODE['f2f4ed7b5f68c2ed5aea00d53f79c760'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('field','columns','cells','foreign_keys','indexes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['f338c0911e7a917670d6771411366b76'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dataset,self.problems,self.root,)==(other.dataset,other.problems,other.root,)
  return NotImplemented
 return __eq__

CODE['f3437ea1ee10e3a912fe74bda4ddeaca'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('sources','outlets','accessed','confidence','confidence_note','note','dry_run','data_dir_option',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['f353db08b25e57778259a04d10a50f9e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.before,self.after,self.as_of,self.records,self.moves,self.status,))
 return __hash__

CODE['f3856ddac638c6983d9aa647051dc66e'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pairs','tag',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['f38bf6399694876da3ce7522c64f2e64'] = __create_fn__.__code__


def __create_fn__(_type_first_day, _type_precision, _type_speaker, _type_category, _type_count, _type_coded, _type_tone_sum, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,first_day:_type_first_day,precision:_type_precision,speaker:_type_speaker,category:_type_category,count:_type_count,coded:_type_coded,tone_sum:_type_tone_sum)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'first_day',first_day)
  __dataclass_builtins_object__.__setattr__(self,'precision',precision)
  __dataclass_builtins_object__.__setattr__(self,'speaker',speaker)
  __dataclass_builtins_object__.__setattr__(self,'category',category)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
  __dataclass_builtins_object__.__setattr__(self,'coded',coded)
  __dataclass_builtins_object__.__setattr__(self,'tone_sum',tone_sum)
 return __init__

CODE['f3fca51721f9938e6a3b80bd1e14b767'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, sources={self.sources!r}, confidence={self.confidence!r}, confidence_note={self.confidence_note!r}, note={self.note!r}, path={self.path!r}, line={self.line!r}, column={self.column!r}, track={self.track!r}, title={self.title!r}, start={self.start!r}, number={self.number!r}, end={self.end!r}, announced={self.announced!r}, cancelled={self.cancelled!r}, location={self.location!r}, venue={self.venue!r}, format={self.format!r}, mediator={self.mediator!r}, delegations={self.delegations!r}, pauses={self.pauses!r}, sticking_points={self.sticking_points!r}, dispositions={self.dispositions!r}, parts={self.parts!r}, documents={self.documents!r}, outcome={self.outcome!r}, date_note={self.date_note!r})"
 return __repr__

CODE['f490bed5369e4cd2ce4f0501acc539f7'] = __create_fn__.__code__


def __create_fn__(_type_field, _type_option, _type_parameters, _type_read, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,field:_type_field,option:_type_option,parameters:_type_parameters,read:_type_read)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'option',option)
  __dataclass_builtins_object__.__setattr__(self,'parameters',parameters)
  __dataclass_builtins_object__.__setattr__(self,'read',read)
 return __init__

CODE['f4a40f2bd8d5c1e8bd9150fc2edabd2f'] = __create_fn__.__code__


def __create_fn__(_type_measurement, _type_milestone, _type_series, _type_age_days, _type_stale, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,measurement:_type_measurement,milestone:_type_milestone,series:_type_series,age_days:_type_age_days,stale:_type_stale)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'measurement',measurement)
  __dataclass_builtins_object__.__setattr__(self,'milestone',milestone)
  __dataclass_builtins_object__.__setattr__(self,'series',series)
  __dataclass_builtins_object__.__setattr__(self,'age_days',age_days)
  __dataclass_builtins_object__.__setattr__(self,'stale',stale)
 return __init__

CODE['f50399a8972496ec7787a52d5c005040'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.short_name,self.data,self.as_of,self.today,self.newest,self.newest_id,self.last_commit,))
 return __hash__

CODE['f51a977dd0eb2f1766710e9fb74befe5'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.lang,self.text,))
 return __hash__

CODE['f548137a876b9163a1c5906dec0e870b'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','label','doc','deadline','settled',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['f5674d9df8bcf5f19bba45bb9b72c0e8'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','date','kind','title','end','announced','parties','location','summary','measurements','vote','documents','date_note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['f5b32dd7c4ba07e4a1ee08046ae972c2'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.quotes,self.total,self.terms,self.query,self.sort,self.about,)==(other.quotes,other.total,other.terms,other.query,other.sort,other.about,)
  return NotImplemented
 return __eq__

CODE['f5ec58690359b3ec7d436154c3c1e4a8'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_notify, _type_instance, _type_seq, _type_journal, _type_folders, _type_watched, _type_links, _type_events, _type_gone, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notify, _dflt_instance, _dflt_seq, _dflt_journal, _dflt_folders, _dflt_watched, _dflt_links, _dflt_events, _dflt_gone, _return_type):
 def __init__(self,root:_type_root,notify:_type_notify=_HAS_DEFAULT_FACTORY,instance:_type_instance=_HAS_DEFAULT_FACTORY,seq:_type_seq=_dflt_seq,journal:_type_journal=_HAS_DEFAULT_FACTORY,folders:_type_folders=_HAS_DEFAULT_FACTORY,watched:_type_watched=_HAS_DEFAULT_FACTORY,links:_type_links=_HAS_DEFAULT_FACTORY,events:_type_events=_dflt_events,gone:_type_gone=_dflt_gone)->_return_type:
  self.root=root
  self.notify=_dflt_notify() if notify is _HAS_DEFAULT_FACTORY else notify
  self.instance=_dflt_instance() if instance is _HAS_DEFAULT_FACTORY else instance
  self.seq=seq
  self.journal=_dflt_journal() if journal is _HAS_DEFAULT_FACTORY else journal
  self.folders=_dflt_folders() if folders is _HAS_DEFAULT_FACTORY else folders
  self.watched=_dflt_watched() if watched is _HAS_DEFAULT_FACTORY else watched
  self.links=_dflt_links() if links is _HAS_DEFAULT_FACTORY else links
  self.events=events
  self.gone=gone
  self.__post_init__()
 return __init__

CODE['f6eca4e452deec9d21dbc635a0085746'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _return_type):
 def __init__(self,root:_type_root,files:_type_files=_HAS_DEFAULT_FACTORY)->_return_type:
  self.root=root
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
 return __init__

CODE['f75374a8625080da8335de2780e54d92'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','label','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['f782fdb4538e3993f6ee0bba6c49688f'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dataset,self.identity,self.as_of,self.said,self.actors,self.tracks,self.rounds,self.milestones,self.rounds_of,self.points,self.party_of,self.delegate_in,)==(other.dataset,other.identity,other.as_of,other.said,other.actors,other.tracks,other.rounds,other.milestones,other.rounds_of,other.points,other.party_of,other.delegate_in,)
  return NotImplemented
 return __eq__

CODE['f7fa5af5aed61de9ddd4ada5d83a4e1d'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('as_of','track','tracks','latest_statements','context_statements','recent_milestones','upcoming','measurements','tone','basis','recent_days','documents','last_record','about',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['f801012e62fc95c0bd15461a3c4bafeb'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(url={self.url!r}, outlet={self.outlet!r}, title={self.title!r}, published={self.published!r}, accessed={self.accessed!r}, note={self.note!r}, tier={self.tier!r})"
 return __repr__

CODE['f8c1c5dd4227b77cddc89a9dfaa53855'] = __create_fn__.__code__


def __create_fn__(_type_statements, _type_coded, _type_unverified, _type_low_confidence, _type_rounds, _type_milestones, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,statements:_type_statements,coded:_type_coded,unverified:_type_unverified,low_confidence:_type_low_confidence,rounds:_type_rounds,milestones:_type_milestones)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'statements',statements)
  __dataclass_builtins_object__.__setattr__(self,'coded',coded)
  __dataclass_builtins_object__.__setattr__(self,'unverified',unverified)
  __dataclass_builtins_object__.__setattr__(self,'low_confidence',low_confidence)
  __dataclass_builtins_object__.__setattr__(self,'rounds',rounds)
  __dataclass_builtins_object__.__setattr__(self,'milestones',milestones)
 return __init__

CODE['f962b957316d6bf77b92252bedc5b129'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','type','doc','required','missing_rule',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['f999ebd68481baca253725c8f0075d32'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.problems,self.refs,self.aliases,)==(other.path,other.problems,other.refs,other.aliases,)
  return NotImplemented
 return __eq__

CODE['f9a9e294f28d91d0fbf7825f2a436deb'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','short_name','data','as_of','today','newest','newest_id','last_commit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['f9adf87238233bbc67579a82e07c900a'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.texts,self.context,self.own,self.settled,)==(other.texts,other.context,other.own,other.settled,)
  return NotImplemented
 return __eq__

CODE['f9de0c45ccf82038a45fa28a23fe5741'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.note,))
 return __hash__

CODE['f9de1031a200450b1b5e07bc32381fc7'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('speakers','rounds','topics','categories','since','until','as_of','verified_only','ids',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['fa20e2eea7bda6bd9b5d90429f037bfd'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','result','actors','_json','_text','_markdown','_rows',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['fa4877991fb573254e8d7aa1a6e5671e'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.actors,self.tracks,self.rounds,self.statements,self.milestones,self.documents,self.files,self.config,)==(other.actors,other.tracks,other.rounds,other.statements,other.milestones,other.documents,other.files,other.config,)
  return NotImplemented
 return __eq__

CODE['fa6fb8087ee94926386dd0086df071eb'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_title, _type_status, _type_note, _type_raised_by, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_raised_by, _return_type):
 def __init__(self,id:_type_id,title:_type_title,status:_type_status,note:_type_note=_dflt_note,raised_by:_type_raised_by=_dflt_raised_by)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'raised_by',raised_by)
 return __init__

CODE['fb190392a93043700e552c42dc3c8baa'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(token={self.token!r}, changed={self.changed!r})"
 return __repr__

CODE['fb3564d54a0ef1fadce51c02c2b709ce'] = __create_fn__.__code__


def __create_fn__(_type_date, _type_days, _type_kind, _type_title, _type_record, _type_track, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_track, _return_type):
 def __init__(self,date:_type_date,days:_type_days,kind:_type_kind,title:_type_title,record:_type_record,track:_type_track=_dflt_track)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'days',days)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'record',record)
  __dataclass_builtins_object__.__setattr__(self,'track',track)
 return __init__

CODE['fbcb94859ad92e8afc742b5f07bba646'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('typed','commit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['fc38014bfcb764f4edd66487cdb17a35'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.date,self.phase,self.note,self.sources,))
 return __hash__

CODE['fc61ab09f87ef96a083a614bca717229'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.first_day,self.precision,self.speaker,self.category,self.count,self.coded,self.tone_sum,))
 return __hash__

CODE['fc64461eea865008fc7b06bedbe70f86'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.style,self.was_plain,self.tag,)==(other.text,other.style,other.was_plain,other.tag,)
  return NotImplemented
 return __eq__

CODE['fc6c9ce322d6ceb642c937799dfd2edf'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','doc','columns','primary_key','foreign_keys','indexes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['fcb2b8f578fd0968a7519082480f877e'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lang,self.text,)==(other.lang,other.text,)
  return NotImplemented
 return __eq__

CODE['fcca3840a076180d6f507b9f7b7c49c1'] = __create_fn__.__code__


def __create_fn__(_type_as_of, _type_track, _type_window, _type_options, _type_status, _type_headline, _type_other_tracks, _type_news, _type_sticking_points, _type_statements, _type_quotes, _type_trends, _type_upcoming, _type_alerts, _type_origin, _type_errors, _type_tracks, _type_subject, _type_citation_style, _type_about, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tracks, _dflt_subject, _dflt_citation_style, _dflt_about, _return_type):
 def __init__(self,as_of:_type_as_of,track:_type_track,window:_type_window,options:_type_options,status:_type_status,headline:_type_headline,other_tracks:_type_other_tracks,news:_type_news,sticking_points:_type_sticking_points,statements:_type_statements,quotes:_type_quotes,trends:_type_trends,upcoming:_type_upcoming,alerts:_type_alerts,origin:_type_origin,errors:_type_errors,tracks:_type_tracks=_dflt_tracks,subject:_type_subject=_dflt_subject,citation_style:_type_citation_style=_dflt_citation_style,about:_type_about=_dflt_about)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'track',track)
  __dataclass_builtins_object__.__setattr__(self,'window',window)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'headline',headline)
  __dataclass_builtins_object__.__setattr__(self,'other_tracks',other_tracks)
  __dataclass_builtins_object__.__setattr__(self,'news',news)
  __dataclass_builtins_object__.__setattr__(self,'sticking_points',sticking_points)
  __dataclass_builtins_object__.__setattr__(self,'statements',statements)
  __dataclass_builtins_object__.__setattr__(self,'quotes',quotes)
  __dataclass_builtins_object__.__setattr__(self,'trends',trends)
  __dataclass_builtins_object__.__setattr__(self,'upcoming',upcoming)
  __dataclass_builtins_object__.__setattr__(self,'alerts',alerts)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'tracks',tracks)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'citation_style',citation_style)
  __dataclass_builtins_object__.__setattr__(self,'about',about)
 return __init__

CODE['fcffee4d0931b265daa1dd444ddc6887'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','speaker','speaker_name','party','party_name','role','on_behalf_of','date','text','original','occasion','context','round','round_title','track','track_title','topics','category','tone','verified','confidence','confidence_note','date_note','note','sources','path','line','column','score',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['fd4f86b7881cdee84cbcabcbf42deca1'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('idfs','avgdl',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['fd56f5022413da0f4e5e04f39f5f53c3'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['fefaefa60e8861aec82796325883f54c'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('yes','no','abstain','absent','body','method','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__

CODE['ff17b8cc9c5efe3c8c32ee7f624db776'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.sources,self.outlets,self.accessed,self.confidence,self.confidence_note,self.note,self.dry_run,self.data_dir_option,)==(other.sources,other.outlets,other.accessed,other.confidence,other.confidence_note,other.note,other.dry_run,other.data_dir_option,)
  return NotImplemented
 return __eq__

CODE['ff7a78d81f8d89d7a1a046da40c0e0c9'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(spec={self.spec!r}, kind={self.kind!r}, rows={self.rows!r})"
 return __repr__

CODE['ff96f3763e7f6fd01de53383af8cca5f'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','sources','confidence','confidence_note','note','path','line','column','where','title','parties','mediator','phases',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__

CODE['ffe9e9d3610dd7ee12aecc61dfc31b3e'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.root,self.header,self.footer,))
 return __hash__

CODE['ffeb5df1258bb4d93fc0703f3cff4261'] = __create_fn__.__code__

del __create_fn__
